<?php

namespace App\Http\Controllers;

use App\Support\Facades\WebhookLedger;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class ChannelWebhookController
{
    /** @param array<string, string> $secrets */
    public function __construct(private readonly array $secrets)
    {
    }

    public function __invoke(Request $request, string $channel): JsonResponse
    {
        $secret = $this->secrets[$channel] ?? null;
        $signature = (string) $request->header('x-signature', '');
        if ($secret === null || !hash_equals(hash_hmac('sha256', $request->getContent(), $secret), $signature)) {
            return new JsonResponse(['error' => 'invalid signature'], 401);
        }

        $eventId = (string) $request->json('event_id');
        if (WebhookLedger::has($channel, $eventId)) {
            return new JsonResponse(['status' => 'duplicate']);
        }

        $changes = $this->applyAvailability((array) $request->json('availability'));
        WebhookLedger::remember($channel, $eventId, $signature, $request->getContent());

        return new JsonResponse(['status' => 'applied', 'changes' => $changes]);
    }

    private function applyAvailability(array $rows): int
    {
        $changes = 0;
        foreach ($rows as $row) {
            if (($row['allotment'] ?? 0) >= 0) {
                $changes++;
            }
        }

        return $changes;
    }
}
