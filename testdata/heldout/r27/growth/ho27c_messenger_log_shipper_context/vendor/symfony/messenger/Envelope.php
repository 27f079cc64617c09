<?php

namespace Symfony\Component\Messenger\Stamp {
    interface StampInterface
    {
    }

    final class TransportMessageIdStamp implements StampInterface
    {
        public function __construct(private string $id)
        {
        }

        public function getId(): string
        {
            return $this->id;
        }
    }

    final class HandledStamp implements StampInterface
    {
        public function __construct(private mixed $result, private string $handlerName)
        {
        }
    }

    final class ReceivedStamp implements StampInterface
    {
        public function __construct(private string $transportName)
        {
        }

        public function getTransportName(): string
        {
            return $this->transportName;
        }
    }
}

namespace Symfony\Component\Messenger {
    use Symfony\Component\Messenger\Stamp\StampInterface;

    final class Envelope
    {
        /** @var array<class-string, list<StampInterface>> */
        private array $stamps = [];

        /** @param list<StampInterface> $stamps */
        public function __construct(private object $message, array $stamps = [])
        {
            foreach ($stamps as $stamp) {
                $this->stamps[$stamp::class][] = $stamp;
            }
        }

        public function with(StampInterface ...$stamps): self
        {
            $cloned = clone $this;
            foreach ($stamps as $stamp) {
                $cloned->stamps[$stamp::class][] = $stamp;
            }

            return $cloned;
        }

        public function last(string $stampFqcn): ?StampInterface
        {
            return isset($this->stamps[$stampFqcn]) ? end($this->stamps[$stampFqcn]) : null;
        }

        public function getMessage(): object
        {
            return $this->message;
        }
    }
}
