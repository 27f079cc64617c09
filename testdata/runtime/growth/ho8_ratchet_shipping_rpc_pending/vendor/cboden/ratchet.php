<?php
// Stand-in for cboden/ratchet 0.4 and react/socket: component contracts and an IoServer run synchronously over simulated traffic.

namespace Ratchet {
    interface ConnectionInterface { public function send($data); public function close(); }
    interface MessageInterface { public function onMessage(ConnectionInterface $from, $msg); }

    interface ComponentInterface
    {
        public function onOpen(ConnectionInterface $conn);
        public function onClose(ConnectionInterface $conn);
        public function onError(ConnectionInterface $conn, \Exception $e);
    }

    interface MessageComponentInterface extends ComponentInterface, MessageInterface {}
}

namespace React\Socket {
    final class SocketServer
    {
        /** Simulated accepts: yields [remote address, list of received messages] per client. */
        public static iterable $traffic = [];

        public function __construct(public readonly string $uri, array $context = []) {}
    }
}

namespace Ratchet\Server {
    use Ratchet\{ConnectionInterface, MessageComponentInterface};
    use React\Socket\SocketServer;

    #[\AllowDynamicProperties]
    class IoConnection implements ConnectionInterface
    {
        public bool $open = true;
        public function send($data) { return $this; }
        public function close() { $this->open = false; }
    }

    class IoServer
    {
        public function __construct(public MessageComponentInterface $app, public SocketServer $socket) {}

        public static function factory(MessageComponentInterface $component, $port = 80, $address = '0.0.0.0'): static
        {
            return new static($component, new SocketServer("{$address}:{$port}"));
        }

        public function run(): void
        {
            foreach (SocketServer::$traffic as $resourceId => [$remoteAddress, $messages]) {
                $conn = new IoConnection();
                [$conn->resourceId, $conn->remoteAddress] = [$resourceId + 1, $remoteAddress];
                $this->app->onOpen($conn);
                foreach ($messages as $data) {
                    try {
                        $this->app->onMessage($conn, $data);
                    } catch (\Exception $e) {
                        $this->app->onError($conn, $e);
                    }
                }
                $this->app->onClose($conn);
            }
        }
    }
}
