<?php
namespace Symfony\Component\HttpFoundation {
    final class Request
    {
        public function __construct(private string $host) {}

        public function getHost(): string { return $this->host; }
    }
}

namespace Symfony\Component\HttpKernel {
    final class KernelEvents
    {
        public const REQUEST = 'kernel.request';
        public const FINISH_REQUEST = 'kernel.finish_request';
    }
}

namespace Symfony\Component\HttpKernel\Event {
    use Symfony\Component\HttpFoundation\Request;

    class KernelEvent
    {
        public function __construct(private Request $request) {}

        public function getRequest(): Request { return $this->request; }
    }

    final class RequestEvent extends KernelEvent {}

    final class FinishRequestEvent extends KernelEvent {}
}

namespace Symfony\Component\EventDispatcher {
    interface EventSubscriberInterface
    {
        public static function getSubscribedEvents(): array;
    }

    final class EventDispatcher
    {
        private array $listeners = [];

        public function addSubscriber(EventSubscriberInterface $subscriber): void
        {
            foreach ($subscriber::getSubscribedEvents() as $event => $method) {
                $this->listeners[$event][] = [$subscriber, $method];
            }
        }

        public function dispatch(object $event, string $name): object
        {
            foreach ($this->listeners[$name] ?? [] as $listener) {
                $listener($event);
            }
            return $event;
        }
    }
}
