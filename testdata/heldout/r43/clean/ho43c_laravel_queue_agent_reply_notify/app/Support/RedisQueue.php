<?php

namespace App\Support;

use App\Jobs\SendAgentReply;
use Illuminate\Queue\Job;
use Illuminate\Queue\QueueConnection;

/** The "replies" list in Redis, filled by the agent composer. */
final class RedisQueue implements QueueConnection
{
    private int $popped = 0;

    public function __construct(private readonly int $pending) {}

    public function pop(string $queue): ?Job
    {
        if ($this->popped >= $this->pending) {
            return null;
        }
        $i = $this->popped++;
        $agents = ['Priya Raman', 'Tomás Ortega', 'Ana Costa', 'Lukas Weber'];
        $command = new SendAgentReply(
            ticketId: 910000 + $i,
            customerEmail: "customer{$i}@mail.example",
            subject: "Replacement for damaged blender jar (order " . (330000 + $i) . ")",
            bodyHtml: '<p>Hi there,</p><p>' . str_repeat("I have arranged a replacement jar for order " . (330000 + $i) . "; it ships today with tracking. ", 3) . '</p><p>Best, ' . $agents[$i % 4] . '</p>',
            agentName: $agents[$i % 4],
        );

        return new Job(json_encode([
            'uuid' => bin2hex(random_bytes(16)),
            'displayName' => SendAgentReply::class,
            'data' => ['commandName' => SendAgentReply::class, 'command' => serialize($command)],
        ]), $queue);
    }
}
