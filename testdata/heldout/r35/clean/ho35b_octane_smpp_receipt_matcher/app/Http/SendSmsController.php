<?php

namespace App\Http;

use App\Facades\Pending;
use App\Sms\PendingSubmission;
use OctaneLite\Application;
use OctaneLite\Request;
use Smpp\SmscSimulator;

final class SendSmsController
{
    public function __construct(private Application $app, private SmscSimulator $smsc)
    {
    }

    public function __invoke(Request $request): array
    {
        $body = (string) $request->input('text');
        $resp = $this->smsc->submitSm($request->input('from'), $request->input('to'), $body);
        if ($resp['command_status'] !== 0) {
            return ['status' => 'rejected'];
        }

        Pending::remember(new PendingSubmission(
            $this->app->config('sms.default'),
            $resp['message_id'],
            $request->input('client_ref'),
            $request->input('from'),
            $request->input('to'),
            $body,
            (int) ceil(strlen($body) / 153),
            microtime(true),
            $request->input('tags', []),
        ));

        return ['status' => 'queued', 'message_id' => $resp['message_id']];
    }
}
