<?php

declare(strict_types=1);

namespace Shipping\Rpc;

use Ratchet\ConnectionInterface;
use Ratchet\MessageComponentInterface;

final class RpcGateway implements MessageComponentInterface
{
    /** @var array<string, \Closure(array): void> replies waiting for the rate service */
    private array $pending = [];

    public function __construct(private RateService $rates) {}

    public function onOpen(ConnectionInterface $conn)
    {
        $conn->send('{"type":"welcome"}');
    }

    public function onMessage(ConnectionInterface $from, $msg)
    {
        [$type, $callId, $procedure, $args] = json_decode($msg, true, flags: JSON_THROW_ON_ERROR);
        if ($type !== 'CALL' || $procedure !== 'shipping.quote') {
            throw new \UnexpectedValueException("Unknown procedure {$procedure}");
        }
        $this->pending[$callId] = function (array $result) use ($from, $callId, $args): void { // leak
            $from->send(json_encode(['RESULT', $callId, $result, ['parcel' => $args]]));
        };
        $this->rates->quote($callId, $args, $this->complete(...));
    }

    private function complete(string $callId, array $result): void
    {
        ($this->pending[$callId])($result);
    }

    public function onClose(ConnectionInterface $conn)
    {
    }

    public function onError(ConnectionInterface $conn, \Exception $e)
    {
        $conn->send(json_encode(['ERROR', $e->getMessage()]));
    }
}
