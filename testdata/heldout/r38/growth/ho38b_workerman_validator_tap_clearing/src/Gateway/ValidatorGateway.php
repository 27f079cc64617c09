<?php

declare(strict_types=1);

namespace Ticketing\Gateway;

use Ticketing\Clearing\TapBatchBuffer;
use Ticketing\Fare\FareValidator;
use Ticketing\Protocol\ValidatorFrame;
use Workerman\Connection\TcpConnection;

final class ValidatorGateway
{
    /** @var array<string, int> device => last heartbeat */
    private array $lastSeen = [];

    public function __construct(private FareValidator $validator, private TapBatchBuffer $buffer)
    {
    }

    public function onConnect(TcpConnection $connection): void
    {
        $connection->send("HELLO clearing-gw/2\n");
    }

    public function onMessage(TcpConnection $connection, string $data): void
    {
        $frame = ValidatorFrame::parse($data);
        switch ($frame->type) {
            case 'tap':
                $this->onTap($connection, $frame);
                break;
            case 'heartbeat':
                $this->lastSeen[$frame->device] = $frame->timestamp;
                $connection->send("PONG {$frame->timestamp}\n");
                break;
            case 'shift_end':
                $this->buffer->flush();
                $connection->send("SHIFT_CLOSED\n");
                break;
            default:
                $connection->send("ERR unknown frame\n");
        }
    }

    private function onTap(TcpConnection $connection, ValidatorFrame $frame): void
    {
        $tap = $this->validator->validate($frame);
        if ($tap === null) {
            $connection->send("NAK {$frame->fields['seq']}\n");

            return;
        }
        $this->buffer->add($tap);
        $connection->send("ACK {$tap->sequence} {$tap->fareCents}\n");
    }
}
