// Names of consent kinds and of the details a publication consent may open.
import type { ConsentKind, PublicField } from '../../../../src/consents/consent-contract.js';
import type { Translate } from '../../i18n';

export function consentKindLabel(t: Translate, kind: ConsentKind): string {
  return t(`consent.kind.${kind}`);
}

export function publicFieldLabel(t: Translate, field: PublicField): string {
  return t(`consent.field.${field}`);
}
