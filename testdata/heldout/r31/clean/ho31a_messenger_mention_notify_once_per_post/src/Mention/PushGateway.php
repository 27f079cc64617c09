<?php

namespace Community\Mention;

/** Sends web-push / APNs payloads; production writes to a socket. */
final class PushGateway
{
    private int $sent = 0;

    public function notify(string $handle, string $title, string $body): void
    {
        $payload = json_encode(['to' => $handle, 'title' => $title, 'body' => $body]);
        $this->sent += $payload === false ? 0 : 1;
    }
}
