<?php

namespace App\Transport;

use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\Transport\TransportInterface;

final class FailedPaymentsTransport implements TransportInterface
{
    public int $published = 0;

    public function __construct(private string $dsn) {}

    public function send(Envelope $envelope): Envelope
    {
        $body = serialize($envelope->getMessage());
        $this->published += strlen($body) > 0 ? 1 : 0;
        return $envelope;
    }
}
