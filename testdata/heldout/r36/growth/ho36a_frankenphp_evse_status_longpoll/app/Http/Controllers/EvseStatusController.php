<?php

namespace App\Http\Controllers;

use App\Ocpi\StatusWaiter;
use App\Support\Facades\EvseFeed;

final class EvseStatusController
{
    private const EVSE_STATUSES = ['AVAILABLE', 'BLOCKED', 'CHARGING', 'INOPERATIVE', 'OUTOFORDER', 'PLANNED', 'REMOVED', 'RESERVED', 'UNKNOWN'];

    /** PUT /ocpi/cpo/2.2/locations/{location}/{evse}: status pushed by the CPO. */
    public function update(string $evseUid, array $body): array
    {
        $status = in_array($body['status'] ?? null, self::EVSE_STATUSES, true) ? $body['status'] : 'UNKNOWN';
        EvseFeed::record($evseUid, $status, (int) strtotime($body['last_updated']));
        EvseFeed::deliverSince($evseUid, 0);

        return [200, ['status_code' => 1000]];
    }

    /** GET /app/evses/{evse}/status?since=…: the driver app waits for a change. */
    public function wait(string $evseUid, array $query, array $server): array
    {
        $waiter = new StatusWaiter(
            $server['HTTP_X_REQUEST_ID'] ?? '',
            $evseUid,
            $server['HTTP_AUTHORIZATION'] ?? '',
            $server['HTTP_USER_AGENT'] ?? '',
            (int) ($query['since'] ?? 0),
        );

        $token = EvseFeed::subscribe($evseUid, $waiter->listener()); // leak
        EvseFeed::deliverSince($evseUid, $waiter->since);

        if (!$waiter->isResolved()) {
            return [204, null]; // nothing new yet, the app polls again
        }
        EvseFeed::unsubscribe($evseUid, $token);

        return [200, $waiter->result()];
    }
}
