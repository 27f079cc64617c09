<?php

namespace App\Http\Controllers;

use App\Models\Ticket;
use App\Orm;

final class TicketIntakeController
{
    private const PRIORITY_KEYWORDS = [
        'urgent' => ['outage', 'down', 'cannot login', 'data loss'],
        'high' => ['refund', 'charged twice', 'broken'],
    ];

    public function store(array $request): array
    {
        $payload = $request['json'];
        $ticket = new Ticket(
            subject: trim($payload['subject']),
            body: $payload['description'],
            requesterEmail: strtolower($payload['requester']['email']),
            channel: $request['headers']['x-helpdesk-channel'] ?? 'web',
            priority: $this->guessPriority($payload['subject'] . ' ' . $payload['description']),
            tags: array_values(array_unique(array_map('strtolower', $payload['tags'] ?? []))),
            receivedAt: $request['server']['REQUEST_TIME'],
        );

        Orm::persist($ticket); // leak
        Orm::flush(); // leak

        return ['status' => 201, 'body' => json_encode(['data' => $ticket->toArray()])];
    }

    private function guessPriority(string $text): string
    {
        $text = strtolower($text);
        foreach (self::PRIORITY_KEYWORDS as $priority => $keywords) {
            foreach ($keywords as $keyword) {
                if (str_contains($text, $keyword)) {
                    return $priority;
                }
            }
        }

        return 'normal';
    }
}
