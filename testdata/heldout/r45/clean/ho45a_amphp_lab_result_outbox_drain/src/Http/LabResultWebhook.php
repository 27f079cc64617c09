<?php

declare(strict_types=1);

namespace LabPortal\Http;

use Amp\Http\Server\Request;
use Amp\Http\Server\RequestHandler;
use Amp\Http\Server\Response;
use LabPortal\Domain\LabResultNotice;
use LabPortal\Outbox\NotificationOutbox;

final class LabResultWebhook implements RequestHandler
{
    public function __construct(
        private readonly NotificationOutbox $outbox,
        private readonly string $sharedSecret,
        private readonly string $portalBaseUrl,
    ) {
    }

    public function handleRequest(Request $request): Response
    {
        $body = $request->getBody();
        $expected = hash_hmac('sha256', $body, $this->sharedSecret);
        if (!hash_equals($expected, (string) $request->getHeader('x-lis-signature'))) {
            return new Response(401, ['content-type' => 'application/json'], '{"error":"bad_signature"}');
        }
        $payload = json_decode($body, true, 8, JSON_THROW_ON_ERROR);
        if (($payload['status'] ?? '') !== 'final') {
            return new Response(202, [], '');
        }

        $this->outbox->enqueue(LabResultNotice::fromWebhook($payload, $this->portalBaseUrl));
        $sent = $this->outbox->flush();

        return new Response(202, ['content-type' => 'application/json'], json_encode(['queued' => true, 'sent' => $sent]));
    }
}
