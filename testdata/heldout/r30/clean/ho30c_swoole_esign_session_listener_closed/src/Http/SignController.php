<?php

namespace App\Http;

use App\Signing\SessionFactory;
use Swoole\Http\Request;
use Swoole\Http\Response;

final class SignController
{
    public function __construct(private SessionFactory $sessions)
    {
    }

    public function __invoke(Request $request, Response $response): void
    {
        $session = $this->sessions->open($request->post);
        $at = (int) $request->server['request_time'];

        try {
            foreach ($request->post['signatures'] as $fieldId => $image) {
                $session->sign($fieldId, $image, $at);
            }

            $response->status($session->isCompleted() ? 200 : 202);
            $response->end(json_encode([
                'envelope' => $session->envelope->id,
                'completed' => $session->isCompleted(),
                'audit' => count($session->auditTrail()),
            ]));
        } finally {
            $session->close();
        }
    }
}
