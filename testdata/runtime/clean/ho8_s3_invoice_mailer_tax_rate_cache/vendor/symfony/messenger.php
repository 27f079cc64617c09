<?php
// Stand-in for symfony/messenger: handler attribute and interface, envelope, bus, receiver and the consuming worker.
namespace Symfony\Component\Messenger\Attribute {
    #[\Attribute(\Attribute::TARGET_CLASS | \Attribute::TARGET_METHOD)]
    class AsMessageHandler
    {
        public function __construct(public ?string $bus = null, public ?string $fromTransport = null, public ?string $method = null) {}
    }
}

namespace Symfony\Component\Messenger\Handler {
    /** Deprecated since Symfony 6.2 in favour of #[AsMessageHandler]; still autoconfigured as a handler. */
    interface MessageHandlerInterface {}
}

namespace Symfony\Component\Messenger\Transport\Receiver {
    interface ReceiverInterface
    {
        /** @return iterable<\Symfony\Component\Messenger\Envelope> */
        public function get(): iterable;
        public function ack(\Symfony\Component\Messenger\Envelope $envelope): void;
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\DependencyInjection\Container;
    use Symfony\Component\Messenger\Attribute\AsMessageHandler;
    use Symfony\Component\Messenger\Handler\MessageHandlerInterface;

    final class Envelope
    {
        public function __construct(private object $message) {}
        public function getMessage(): object { return $this->message; }
    }

    final class MessageBus
    {
        /** @param array<class-string, list<callable>> $handlers */
        public function __construct(private array $handlers) {}

        /** What MessengerPass wires when the container is compiled: handler services keyed by the message class they take. */
        public static function fromHandlers(Container $container, array $classes): self
        {
            $handlers = [];
            foreach ($classes as $class) {
                $ref = new \ReflectionClass($class);
                $methods = $ref->implementsInterface(MessageHandlerInterface::class) ? ['__invoke'] : [];
                foreach ($ref->getAttributes(AsMessageHandler::class) as $attr) {
                    $methods[] = $attr->newInstance()->method ?? '__invoke';
                }
                foreach ($ref->getMethods() as $method) {
                    $method->getAttributes(AsMessageHandler::class) && $methods[] = $method->name;
                }
                foreach (array_unique($methods) as $method) {
                    $handlers[$ref->getMethod($method)->getParameters()[0]->getType()->getName()][] = [$container->get($class), $method];
                }
            }
            return new self($handlers);
        }

        public function dispatch(object $message): Envelope
        {
            $envelope = $message instanceof Envelope ? $message : new Envelope($message);
            foreach ($this->handlers[$envelope->getMessage()::class] ?? [] as $handler) {
                $handler($envelope->getMessage());
            }
            return $envelope;
        }
    }

    final class Worker
    {
        /** @param array<string, Transport\Receiver\ReceiverInterface> $receivers */
        public function __construct(private array $receivers, private MessageBus $bus) {}

        public function run(array $options = []): void
        {
            $handled = 0;
            while ($handled < ($options['limit'] ?? PHP_INT_MAX)) {
                foreach ($this->receivers as $receiver) {
                    foreach ($receiver->get() as $envelope) {
                        $this->bus->dispatch($envelope);
                        $receiver->ack($envelope);
                        $handled++;
                    }
                }
            }
        }
    }
}
