import { z } from 'zod';
import { pageNumber } from '../../lib/validation';
import { deliveryModes, notificationKinds, type DeliveryMode, type NotificationKind } from './notifications.table';

export const notificationListQuery = z.object({ page: pageNumber }).strip();

export const notificationParams = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) }).strip();

/** One choice per kind; a kind left out of the form keeps mail at once. */
export const preferencesForm = z
  .object(Object.fromEntries(notificationKinds.map((kind) => [kind, z.enum(deliveryModes).default('immediate')])) as Record<NotificationKind, z.ZodDefault<z.ZodEnum<{ [K in DeliveryMode]: K }>>>)
  .strip();
