<?php
// A Workerman-style worker assigns onConnect/onMessage callbacks once; each accepted connection gets an onClose callback that releases its presence entry.

final class TcpConnection
{
    public ?Closure $onClose = null;
    public string $recvBuffer = '';
    public array $sent = [];

    public function __construct(public readonly int $id, public readonly string $remoteAddress) {}

    public function send(string $data): void
    {
        $this->sent[] = strlen($data);
    }
}

final class FakeWorker
{
    public ?Closure $onConnect = null;
    public ?Closure $onMessage = null;

    public function __construct(public readonly string $socketName) {}

    public function runAll(int $connections): void
    {
        for ($id = 1; $id <= $connections; $id++) {
            $connection = new TcpConnection($id, '192.168.1.' . ($id % 254 + 1) . ':' . (50000 + $id % 10000));
            ($this->onConnect)($connection);
            $connection->recvBuffer = json_encode(['cmd' => 'status', 'device' => 'sensor-' . ($id % 40), 'fw' => '4.1.' . ($id % 9)]);
            ($this->onMessage)($connection, $connection->recvBuffer);
            if ($connection->onClose) {
                ($connection->onClose)($connection);
            }
        }
    }
}

final class PresenceRegistry
{
    private array $online = [];

    public function join(int $id, string $device): void { $this->online[$id] = $device; }
    public function leave(int $id): void { unset($this->online[$id]); }
    public function count(): int { return count($this->online); }
}

final class DeviceGateway
{
    public function __construct(private PresenceRegistry $presence) {}

    public function bind(FakeWorker $worker): void
    {
        $worker->onConnect = function (TcpConnection $connection): void {
            $connection->onClose = function () use ($connection): void { // leak
                $this->presence->leave($connection->id);
            };
        };
        $worker->onMessage = function (TcpConnection $connection, string $data): void {
            $message = json_decode($data, true);
            $this->presence->join($connection->id, $message['device']);
            $connection->send(json_encode(['ok' => true, 'online' => $this->presence->count(), 'fw' => $message['fw']]));
        };
    }
}

$worker = new FakeWorker('websocket://0.0.0.0:2346');
(new DeviceGateway(new PresenceRegistry()))->bind($worker);
$worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
