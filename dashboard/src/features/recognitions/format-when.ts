/** Instants as staff read them: in their own time zone, with the zone named. */
import { formatInZone, userTimeZone } from '../../common/time/zoned-time';

export const formatWhen = (iso: string) => formatInZone(new Date(iso), userTimeZone());
