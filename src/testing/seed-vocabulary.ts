/**
 * Word lists for the seeded data: first names (with patronymics), last names, job titles, company
 * name parts, industries, deal, lead and task titles, the CRM code lists (contact and company types,
 * sources, deal stages, lead and quote statuses), and the portal's own users, departments and groups.
 *
 * @module
 */

/**
 * Male first names with the patronymic formed from them (`[name, maleForm, femaleForm]`), or no
 * patronymic (`null`) for non-Russian names.
 *
 * @example
 * ```ts
 * MALE_NAMES[0] // ['Ivan', 'Ivanovich', 'Ivanovna']
 * ```
 * @category Testing
 */
export const MALE_NAMES: ReadonlyArray<readonly [string, string | null, string | null]> = [
  ['Ivan', 'Ivanovich', 'Ivanovna'],
  ['Alexey', 'Alexeevich', 'Alexeevna'],
  ['Dmitry', 'Dmitrievich', 'Dmitrievna'],
  ['Sergey', 'Sergeevich', 'Sergeevna'],
  ['Andrey', 'Andreevich', 'Andreevna'],
  ['Mikhail', 'Mikhailovich', 'Mikhailovna'],
  ['Nikolai', 'Nikolaevich', 'Nikolaevna'],
  ['Pavel', 'Pavlovich', 'Pavlovna'],
  ['Vladimir', 'Vladimirovich', 'Vladimirovna'],
  ['Artem', 'Artemovich', 'Artemovna'],
  ['Maxim', 'Maximovich', 'Maximovna'],
  ['Igor', 'Igorevich', 'Igorevna'],
  ['Oleg', 'Olegovich', 'Olegovna'],
  ['Yuri', 'Yurievich', 'Yurievna'],
  ['John', null, null],
  ['David', null, null],
  ['Michael', null, null],
  ['Thomas', null, null],
  ['Daniel', null, null],
  ['James', null, null],
  ['Lukas', null, null],
  ['Marco', null, null],
]

/**
 * Female first names.
 *
 * @example
 * ```ts
 * FEMALE_NAMES.includes('Anna') // true
 * ```
 * @category Testing
 */
export const FEMALE_NAMES: readonly string[] = [
  'Anna',
  'Maria',
  'Elena',
  'Olga',
  'Natalia',
  'Irina',
  'Tatiana',
  'Svetlana',
  'Ekaterina',
  'Yulia',
  'Daria',
  'Sofia',
  'Emma',
  'Sarah',
  'Laura',
  'Julia',
  'Chloe',
  'Hannah',
  'Giulia',
  'Lea',
]

/**
 * Last names: `[maleForm, femaleForm, russian]`.
 *
 * @example
 * ```ts
 * LAST_NAMES[0] // ['Petrov', 'Petrova', true]
 * ```
 * @category Testing
 */
export const LAST_NAMES: ReadonlyArray<readonly [string, string, boolean]> = [
  ...[
    'Petrov',
    'Ivanov',
    'Smirnov',
    'Kuznetsov',
    'Popov',
    'Vasiliev',
    'Sokolov',
    'Mikhailov',
    'Novikov',
    'Fedorov',
    'Morozov',
    'Volkov',
    'Alexeev',
    'Lebedev',
    'Semenov',
    'Egorov',
    'Pavlov',
    'Kozlov',
    'Stepanov',
    'Nikolaev',
    'Orlov',
    'Andreev',
    'Makarov',
    'Zakharov',
    'Zaitsev',
    'Solovyov',
    'Borisov',
    'Yakovlev',
    'Grigoriev',
    'Romanov',
    'Vorobyov',
    'Sergeev',
    'Frolov',
    'Belov',
    'Medvedev',
    'Tarasov',
  ].map((m): readonly [string, string, boolean] => [m, `${m}a`, true]),
  ...[
    'Smith',
    'Brown',
    'Taylor',
    'Wilson',
    'Clark',
    'Walker',
    'Wright',
    'Baker',
    'Turner',
    'Hughes',
    'Miller',
    'Schmidt',
    'Fischer',
    'Weber',
    'Rossi',
    'Bianchi',
    'Dubois',
    'Laurent',
    'Novak',
    'Horvat',
  ].map((m): readonly [string, string, boolean] => [m, m, false]),
]

/**
 * Job titles (`post`).
 *
 * @example
 * ```ts
 * POSTS.includes('Sales Manager') // true
 * ```
 * @category Testing
 */
export const POSTS: readonly string[] = [
  'Sales Manager',
  'CEO',
  'Chief Accountant',
  'Procurement Specialist',
  'CTO',
  'Marketing Director',
  'Office Manager',
  'Project Manager',
  'Lead Engineer',
  'Legal Counsel',
  'Logistics Coordinator',
  'HR Manager',
  'Account Executive',
  'Operations Director',
  'Financial Analyst',
]

/**
 * First words of company names.
 *
 * @example
 * ```ts
 * COMPANY_WORDS.length > 20 // true
 * ```
 * @category Testing
 */
export const COMPANY_WORDS: readonly string[] = [
  'Volga',
  'Ural',
  'Baltic',
  'Northern',
  'Siberian',
  'Nova',
  'Atlas',
  'Polar',
  'Vector',
  'Orion',
  'Granite',
  'Amber',
  'Summit',
  'Horizon',
  'Pioneer',
  'Meridian',
  'Crystal',
  'Falcon',
  'Cedar',
  'Aurora',
  'Delta',
  'Zenith',
  'Quantum',
  'Nevsky',
]

/**
 * Second words of company names.
 *
 * @example
 * ```ts
 * COMPANY_NOUNS.includes('Logistics') // true
 * ```
 * @category Testing
 */
export const COMPANY_NOUNS: readonly string[] = [
  'Logistics',
  'Systems',
  'Trading',
  'Engineering',
  'Consulting',
  'Foods',
  'Telecom',
  'Energy',
  'Soft',
  'Textiles',
  'Construction',
  'Pharma',
  'Media',
  'Metals',
  'Retail',
  'Bank',
  'Motors',
  'Labs',
]

/**
 * Legal-form suffixes of company names.
 *
 * @example
 * ```ts
 * COMPANY_SUFFIXES.includes('LLC') // true
 * ```
 * @category Testing
 */
export const COMPANY_SUFFIXES: readonly string[] = ['LLC', 'JSC', 'Ltd', 'GmbH', 'Group', 'Inc.']

/**
 * Industry codes (Bitrix24's default industry list).
 *
 * @example
 * ```ts
 * INDUSTRIES.includes('IT') // true
 * ```
 * @category Testing
 */
export const INDUSTRIES: readonly string[] = [
  'IT',
  'TELECOM',
  'MANUFACTURING',
  'BANKING',
  'CONSULTING',
  'FINANCE',
  'GOVERNMENT',
  'DELIVERY',
  'ENTERTAINMENT',
  'NOTPROFIT',
  'OTHER',
]

/**
 * Contact types with weights (`typeId`; Bitrix24's defaults).
 *
 * @example
 * ```ts
 * CONTACT_TYPES[0] // ['CLIENT', 50]
 * ```
 * @category Testing
 */
export const CONTACT_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['CLIENT', 50],
  ['PARTNER', 20],
  ['SUPPLIER', 15],
  ['OTHER', 15],
]

/**
 * Sources with weights (`sourceId`; Bitrix24's defaults).
 *
 * @example
 * ```ts
 * SOURCES.some(([s]) => s === 'WEB') // true
 * ```
 * @category Testing
 */
export const SOURCES: ReadonlyArray<readonly [string, number]> = [
  ['WEB', 25],
  ['CALL', 20],
  ['EMAIL', 15],
  ['RECOMMENDATION', 10],
  ['ADVERTISING', 8],
  ['PARTNER', 7],
  ['TRADE_SHOW', 6],
  ['WEBFORM', 5],
  ['OTHER', 4],
]

/**
 * Source descriptions by source.
 *
 * @example
 * ```ts
 * SOURCE_DESCRIPTIONS['WEB']?.length // > 0
 * ```
 * @category Testing
 */
export const SOURCE_DESCRIPTIONS: Readonly<Record<string, readonly string[]>> = {
  WEB: ['Contact form on the website', 'Live chat', 'Pricing page request'],
  CALL: ['Inbound call', 'Callback request'],
  EMAIL: ['Wrote to sales@', 'Reply to newsletter'],
  RECOMMENDATION: ['Referred by an existing client', 'Recommended by a partner'],
  ADVERTISING: ['Search ads campaign', 'Social media ad'],
  PARTNER: ['Partner referral'],
  TRADE_SHOW: ['Met at the trade show', 'Industry expo booth'],
  WEBFORM: ['Demo request form'],
  OTHER: ['Imported from spreadsheet'],
}

/**
 * Deal stages with weights (`stageId`; five of the standard stages the deal create page lists, line 25275).
 *
 * @example
 * ```ts
 * DEAL_STAGES.map(([s]) => s) // ['NEW', 'PREPARATION', 'EXECUTING', 'WON', 'LOSE']
 * ```
 * @category Testing
 */
export const DEAL_STAGES: ReadonlyArray<readonly [string, number]> = [
  ['NEW', 25],
  ['PREPARATION', 20],
  ['EXECUTING', 20],
  ['WON', 20],
  ['LOSE', 15],
]

/**
 * Deal title templates (the company name is appended).
 *
 * @example
 * ```ts
 * DEAL_TITLES.includes('CRM implementation') // true
 * ```
 * @category Testing
 */
export const DEAL_TITLES: readonly string[] = [
  'Office furniture supply',
  'CRM implementation',
  'Annual support contract',
  'Server hardware',
  'Website redesign',
  'Delivery of raw materials',
  'Consulting retainer',
  'Fleet leasing',
  'Security audit',
  'Staff training',
  'Warehouse automation',
  'Marketing campaign',
]

/**
 * Lead title templates.
 *
 * @example
 * ```ts
 * LEAD_TITLES.includes('Website inquiry') // true
 * ```
 * @category Testing
 */
export const LEAD_TITLES: readonly string[] = [
  'Website inquiry',
  'Price request',
  'Demo request',
  'Callback request',
  'Partnership proposal',
  'Trade show contact',
  'Newsletter signup',
  'Quote for bulk order',
]

/**
 * Free e-mail domains used for home addresses.
 *
 * @example
 * ```ts
 * MAIL_DOMAINS.includes('example.com') // true
 * ```
 * @category Testing
 */
export const MAIL_DOMAINS: readonly string[] = ['example.com', 'example.org', 'example.net', 'mail.example']

/**
 * Comments sometimes attached to contacts.
 *
 * @example
 * ```ts
 * COMMENTS.length > 0 // true
 * ```
 * @category Testing
 */
export const COMMENTS: readonly string[] = [
  'Prefers e-mail over calls',
  'VIP client',
  'Call after 14:00',
  'Decision maker',
  'Asked for a discount',
  'Met at the conference',
  'Needs a formal quote',
]

/**
 * The responsible users of the CRM rows, by weight (`assignedById`, `createdBy`, …): user ids that
 * the seeded users hold with the default counts.
 *
 * @example
 * ```ts
 * RESPONSIBLE_USERS.map(([id]) => id) // [1, 3, 5, 7, 9, 12]
 * ```
 * @category Testing
 */
export const RESPONSIBLE_USERS: ReadonlyArray<readonly [number, number]> = [
  [1, 30],
  [3, 20],
  [5, 20],
  [7, 15],
  [9, 10],
  [12, 5],
]

/**
 * Currencies of amounts, by weight (the seeded currencies hold all three).
 *
 * @example
 * ```ts
 * CURRENCY_WEIGHTS[0] // ['RUB', 80]
 * ```
 * @category Testing
 */
export const CURRENCY_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['RUB', 80],
  ['USD', 12],
  ['EUR', 8],
]

/**
 * Deal types with weights (`typeId`; Bitrix24's defaults).
 *
 * @example
 * ```ts
 * DEAL_TYPES[0] // ['SALE', 60]
 * ```
 * @category Testing
 */
export const DEAL_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['SALE', 60],
  ['COMPLEX', 15],
  ['GOODS', 15],
  ['SERVICES', 10],
]

/**
 * Company types with weights (`companyType`; Bitrix24's defaults).
 *
 * @example
 * ```ts
 * COMPANY_TYPES[0] // ['CUSTOMER', 60]
 * ```
 * @category Testing
 */
export const COMPANY_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['CUSTOMER', 60],
  ['PARTNER', 15],
  ['SUPPLIER', 15],
  ['COMPETITOR', 5],
  ['OTHER', 5],
]

/**
 * Lead statuses with weights (`statusId`; Bitrix24's defaults).
 *
 * @example
 * ```ts
 * LEAD_STATUSES[0] // ['NEW', 35]
 * ```
 * @category Testing
 */
export const LEAD_STATUSES: ReadonlyArray<readonly [string, number]> = [
  ['NEW', 35],
  ['IN_PROCESS', 30],
  ['PROCESSED', 10],
  ['CONVERTED', 15],
  ['JUNK', 10],
]

/**
 * Quote statuses with weights (`stageId`; Bitrix24's defaults, of which the docs name DRAFT, SENT and
 * APPROVED, line 34925).
 *
 * @example
 * ```ts
 * QUOTE_STATUSES.map(([s]) => s) // ['DRAFT', 'SENT', 'RECEIVED', 'APPROVED', 'DECLINED']
 * ```
 * @category Testing
 */
export const QUOTE_STATUSES: ReadonlyArray<readonly [string, number]> = [
  ['DRAFT', 25],
  ['SENT', 25],
  ['RECEIVED', 10],
  ['APPROVED', 25],
  ['DECLINED', 15],
]

/**
 * Job titles of the portal's own users (`workPosition`).
 *
 * @example
 * ```ts
 * WORK_POSITIONS.includes('Sales Manager') // true
 * ```
 * @category Testing
 */
export const WORK_POSITIONS: readonly string[] = [
  'Sales Manager',
  'Account Manager',
  'Head of Sales',
  'Marketing Specialist',
  'Support Engineer',
  'Developer',
  'QA Engineer',
  'Accountant',
  'Office Manager',
  'Project Manager',
]

/**
 * Task titles.
 *
 * @example
 * ```ts
 * TASK_TITLES.includes('Prepare the commercial proposal') // true
 * ```
 * @category Testing
 */
export const TASK_TITLES: readonly string[] = [
  'Prepare the commercial proposal',
  'Call the client back',
  'Update the price list',
  'Check the contract',
  'Send the invoice',
  'Plan the webinar',
  'Fix the website form',
  'Write the quarterly report',
  'Order office supplies',
  'Review the support tickets',
  'Set up the demo stand',
  'Translate the manual',
]

/**
 * Task tags.
 *
 * @example
 * ```ts
 * TASK_TAGS.includes('urgent') // true
 * ```
 * @category Testing
 */
export const TASK_TAGS: readonly string[] = ['urgent', 'crm', 'sales', 'website', 'finance', 'support']

/**
 * Workgroup and project names with their subject.
 *
 * @example
 * ```ts
 * WORKGROUP_NAMES[0] // ['Sales team', 'Teams']
 * ```
 * @category Testing
 */
export const WORKGROUP_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['Sales team', 'Teams'],
  ['Website relaunch', 'Projects'],
  ['CRM rollout', 'Projects'],
  ['Support desk', 'Teams'],
  ['Marketing', 'Teams'],
  ['Office move', 'Projects'],
  ['Partner programme', 'Projects'],
  ['Hiring', 'Teams'],
]

/**
 * The seeded departments: name and parent (by position, `null` for the root).
 *
 * @example
 * ```ts
 * DEPARTMENT_TREE[0] // ['Company', null]
 * ```
 * @category Testing
 */
export const DEPARTMENT_TREE: ReadonlyArray<readonly [string, number | null]> = [
  ['Company', null],
  ['Sales', 1],
  ['Marketing', 1],
  ['Support', 1],
  ['Development', 1],
  ['Accounting', 1],
]
