// The relationship-type icons (original SVGs in assets/icons, licences in assets/LICENSES.md):
// their texture keys and URLs. Kept as separate files (`?no-inline`): Phaser's SVG loader cannot
// read the URL-encoded data URLs Vite would otherwise inline them as.
import type { RelationshipTypeId } from '../engine';
import transactional from '../../assets/icons/transactional.svg?no-inline';
import selfService from '../../assets/icons/self-service.svg?no-inline';
import automatedServices from '../../assets/icons/automated-services.svg?no-inline';
import communities from '../../assets/icons/communities.svg?no-inline';
import coCreation from '../../assets/icons/co-creation.svg?no-inline';
import personalAssistance from '../../assets/icons/personal-assistance.svg?no-inline';
import dedicatedAssistance from '../../assets/icons/dedicated-personal-assistance.svg?no-inline';

const urls: Readonly<Record<RelationshipTypeId, string>> = {
  transactional,
  'self-service': selfService,
  'automated-services': automatedServices,
  communities,
  'co-creation': coCreation,
  'personal-assistance': personalAssistance,
  'dedicated-personal-assistance': dedicatedAssistance,
};

export const typeIconKey = (type: RelationshipTypeId): string => `type-icon-${type}`;
export const typeIconUrl = (type: RelationshipTypeId): string => urls[type];
