// DocumentedErrorCode is a closed union of the documented codes; ApiErrorCode adds any string.
import { describe, expectTypeOf, it } from 'vitest'
import type { ApiErrorCode, DocumentedErrorCode } from '../../src/errors/api-error-code.js'

describe('error code types', () => {
  it('holds the documented codes and only those', () => {
    expectTypeOf<'ENTITY_NOT_FOUND'>().toExtend<DocumentedErrorCode>()
    expectTypeOf<'UNKNOWN_ENTITY'>().toExtend<DocumentedErrorCode>()
    expectTypeOf<'INVALID_MULTIFIELD_SHAPE'>().not.toExtend<DocumentedErrorCode>()
    expectTypeOf<string>().not.toExtend<DocumentedErrorCode>()
  })

  it('accepts any string as an ApiErrorCode while keeping the documented literals', () => {
    expectTypeOf<DocumentedErrorCode>().toExtend<ApiErrorCode>()
    expectTypeOf<string>().toExtend<ApiErrorCode>()
    expectTypeOf<Extract<ApiErrorCode, 'RATE_LIMITED'>>().toEqualTypeOf<'RATE_LIMITED'>()
  })
})
