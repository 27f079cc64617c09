<?php
// A PSR-14 style dispatcher whose listener provider reads #[AsEventListener] attributes and memoizes the resolved listeners per event class and sales channel.

#[Attribute(Attribute::TARGET_METHOD | Attribute::IS_REPEATABLE)]
final class AsEventListener
{
    public function __construct(public string $event, public int $priority = 0) {}
}

final class ProductViewed
{
    public array $tags = [];
    public function __construct(public readonly int $productId, public readonly string $channel, public readonly string $sessionId) {}
}

final class RecentlyViewedListener
{
    #[AsEventListener(event: ProductViewed::class, priority: 10)]
    public function remember(ProductViewed $event): void { $event->tags[] = 'recent'; }
}

final class AnalyticsListener
{
    #[AsEventListener(event: ProductViewed::class)]
    public function track(ProductViewed $event): void { $event->tags[] = 'tracked'; }

    #[AsEventListener(event: ProductViewed::class, priority: -5)]
    public function score(ProductViewed $event): void { $event->tags[] = 'scored'; }
}

final class AttributeListenerProvider
{
    private array $resolved = [];

    /** @param object[] $listeners */
    public function __construct(private array $listeners) {}

    public function getListenersForEvent(object $event): iterable
    {
        $key = $event::class . '|' . $event->channel;
        return $this->resolved[$key] ??= $this->resolve($event::class);
    }

    private function resolve(string $eventClass): array
    {
        $found = [];
        foreach ($this->listeners as $listener) {
            foreach ((new ReflectionObject($listener))->getMethods() as $method) {
                foreach ($method->getAttributes(AsEventListener::class) as $attribute) {
                    $meta = $attribute->newInstance();
                    if ($meta->event === $eventClass) {
                        $found[] = [$meta->priority, $listener->{$method->getName()}(...)];
                    }
                }
            }
        }
        usort($found, fn (array $a, array $b) => $b[0] <=> $a[0]);
        return array_column($found, 1);
    }
}

final class EventDispatcher
{
    public function __construct(private AttributeListenerProvider $provider) {}

    public function dispatch(object $event): object
    {
        foreach ($this->provider->getListenersForEvent($event) as $listener) {
            $listener($event);
        }
        return $event;
    }
}

final class ProductController
{
    public function __construct(private EventDispatcher $events) {}

    public function show(array $request): array
    {
        $event = $this->events->dispatch(new ProductViewed($request['id'], $request['channel'], $request['session']));
        return ['id' => $request['id'], 'tags' => $event->tags];
    }
}

$provider = new AttributeListenerProvider([new RecentlyViewedListener(), new AnalyticsListener()]);
$controller = new ProductController(new EventDispatcher($provider));
$channels = ['web', 'ios', 'android'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->show(['id' => $i % 50, 'channel' => $channels[$i % 3], 'session' => 'sess_' . md5((string) $i)]);
}
