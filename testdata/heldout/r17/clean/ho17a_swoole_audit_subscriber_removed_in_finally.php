<?php

declare(strict_types=1);

namespace App\Events;

interface EventSubscriberInterface
{
    /** @return array<class-string, string> event class => method */
    public static function getSubscribedEvents(): array;
}

final class OrderPlaced
{
    public function __construct(public readonly string $orderId, public readonly int $totalCents)
    {
    }
}

final class PaymentCaptured
{
    public function __construct(public readonly string $orderId, public readonly string $psp)
    {
    }
}

final class EventDispatcher
{
    /** @var array<class-string, array<string, \Closure>> */
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->listeners[$event][$this->slot($subscriber, $method)] = $subscriber->$method(...);
        }
    }

    public function removeSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            unset($this->listeners[$event][$this->slot($subscriber, $method)]);
        }
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }

    private function slot(object $subscriber, string $method): string
    {
        return spl_object_hash($subscriber) . '::' . $method;
    }
}

final class Request
{
    public function __construct(
        public readonly string $uri,
        public readonly string $clientIp,
        public readonly string $userAgent,
        public readonly array $body,
    ) {
    }
}

final class RequestAuditSubscriber implements EventSubscriberInterface
{
    /** @var array<string, string> */
    private array $trail = [];

    public function __construct(private readonly Request $request)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            OrderPlaced::class => 'onOrderPlaced',
            PaymentCaptured::class => 'onPaymentCaptured',
        ];
    }

    public function onOrderPlaced(OrderPlaced $event): void
    {
        $this->trail['order'] = "order {$event->orderId} placed from {$this->request->clientIp}";
    }

    public function onPaymentCaptured(PaymentCaptured $event): void
    {
        $this->trail['payment'] = "payment for {$event->orderId} captured via {$event->psp}";
    }

    /** @return array<string, string> */
    public function trail(): array
    {
        return $this->trail;
    }
}

final class CheckoutController
{
    public function __construct(private readonly EventDispatcher $events)
    {
    }

    public function __invoke(Request $request): array
    {
        $orderId = 'ord_' . substr(hash('sha1', $request->uri . json_encode($request->body)), 0, 12);
        $total = array_sum(array_column($request->body['items'], 'price'));

        $this->events->dispatch(new OrderPlaced($orderId, $total));
        $this->events->dispatch(new PaymentCaptured($orderId, 'stripe'));

        return ['status' => 201, 'order' => $orderId];
    }
}

final class HttpKernel
{
    public function __construct(
        private readonly EventDispatcher $events,
        private readonly CheckoutController $controller,
    ) {
    }

    public function handle(Request $request): array
    {
        $audit = new RequestAuditSubscriber($request);
        $this->events->addSubscriber($audit);

        try {
            $response = ($this->controller)($request);
            $response['audit'] = \count($audit->trail());

            return $response;
        } finally {
            $this->events->removeSubscriber($audit);
        }
    }
}

// Swoole's $server->on('request', ...) stand-in: one kernel per worker.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$events = new EventDispatcher();
$kernel = new HttpKernel($events, new CheckoutController($events));

for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request(
        uri: "/checkout/{$i}",
        clientIp: sprintf('10.0.%d.%d', intdiv($i, 250) % 250, $i % 250 + 1),
        userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
        body: ['items' => [['sku' => "A{$i}", 'price' => 1250], ['sku' => "B{$i}", 'price' => 799]], 'coupon' => null],
    ));
}
