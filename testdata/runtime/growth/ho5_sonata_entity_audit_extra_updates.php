<?php
// A Messenger worker updates orders through Doctrine with the EntityAudit LogRevisionsListener, whose extraUpdates array keeps every flushed entity because it never reacts to EntityManager::clear().
// https://github.com/sonata-project/EntityAuditBundle/pull/543

final class Order
{
    public function __construct(public int $id, public string $status, public string $shippingAddress, public string $notes) {}
}

final class EventManager
{
    private array $listeners = [];

    public function addEventSubscriber(object $subscriber): void
    {
        foreach ($subscriber->getSubscribedEvents() as $event) {
            $this->listeners[$event][] = $subscriber;
        }
    }

    public function dispatchEvent(string $event, EntityManager $em): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener->$event($em);
        }
    }
}

final class EntityManager
{
    private array $identityMap = [];
    private array $scheduledUpdates = [];

    public function __construct(public readonly EventManager $events) {}

    public function persist(Order $order): void
    {
        $this->identityMap[$order->id] = $order;
        $this->scheduledUpdates[$order->id] = $order;
    }

    public function getScheduledEntityUpdates(): array { return $this->scheduledUpdates; }

    public function flush(): void
    {
        $this->events->dispatchEvent('onFlush', $this);
        $this->scheduledUpdates = [];
        $this->events->dispatchEvent('postFlush', $this);
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledUpdates = [];
        $this->events->dispatchEvent('onClear', $this);
    }
}

final class LogRevisionsListener
{
    private array $extraUpdates = [];
    public int $revisions = 0;
    public int $auditRowsUpdated = 0;

    public function getSubscribedEvents(): array
    {
        return ['onFlush', 'postFlush'];
    }

    public function onFlush(EntityManager $em): void
    {
        foreach ($em->getScheduledEntityUpdates() as $entity) {
            $this->extraUpdates[spl_object_hash($entity)] = $entity; // leak
        }
    }

    public function postFlush(EntityManager $em): void
    {
        $this->revisions++;
        foreach ($this->extraUpdates as $entity) {
            $sql = 'UPDATE orders_audit SET status = ? WHERE id = ? AND rev = ?';
            $this->auditRowsUpdated += $sql !== '' && $entity->id > 0 ? 1 : 0;
        }
    }

    public function onClear(EntityManager $em): void
    {
        $this->extraUpdates = [];
    }
}

final class ShipOrderHandler
{
    public function __construct(private EntityManager $em) {}

    public function __invoke(array $message): void
    {
        $order = new Order($message['orderId'], 'paid', $message['address'], $message['notes']);
        $order->status = 'shipped';
        $this->em->persist($order);
        $this->em->flush();
        $this->em->clear();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$events = new EventManager();
$events->addEventSubscriber(new LogRevisionsListener());
$handler = new ShipOrderHandler(new EntityManager($events));
for ($i = 0; $i < $n; $i++) {
    $handler([
        'orderId' => 7000 + $i,
        'address' => "Customer {$i}, " . str_repeat('Building 4, Floor 2, Long Street ', 6) . 'Berlin',
        'notes' => "Order {$i}: " . str_repeat('fragile items, leave with neighbour, call before delivery. ', 5),
    ]);
}
