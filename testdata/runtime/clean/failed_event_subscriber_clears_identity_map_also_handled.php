<?php

declare(strict_types=1);

// A Messenger-style consumer dispatches "message handled" after each
// message and "message failed" when the handler throws. The subscriber
// that clears the entity manager is subscribed to both events, so the
// identity map is emptied after every message, handled or failed.

interface EventSubscriberInterface
{
    public static function getSubscribedEvents(): array;
}

final class WorkerMessageHandledEvent
{
    public function __construct(public readonly array $message)
    {
    }
}

final class WorkerMessageFailedEvent
{
    public function __construct(public readonly array $message, public readonly Throwable $error)
    {
    }
}

final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addSubscriber(EventSubscriberInterface $subscriber): void
    {
        foreach ($subscriber::getSubscribedEvents() as $event => $method) {
            $this->listeners[$event][] = [$subscriber, $method];
        }
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}

final class Shipment
{
    public function __construct(public readonly string $id, public readonly string $manifest)
    {
    }
}

final class EntityManager
{
    /** @var array<string, array<string, object>> */
    private array $identityMap = [];

    public function find(string $class, string $id): ?object
    {
        return $this->identityMap[$class][$id] ?? null;
    }

    public function persist(object $entity): void
    {
        $this->identityMap[$entity::class][$entity->id] = $entity;
    }

    public function clear(): void
    {
        $this->identityMap = [];
    }
}

final class ClearEntityManagerSubscriber implements EventSubscriberInterface
{
    public function __construct(private readonly EntityManager $em)
    {
    }

    public static function getSubscribedEvents(): array
    {
        return [
            WorkerMessageHandledEvent::class => 'onMessageDone',
            WorkerMessageFailedEvent::class => 'onMessageDone',
        ];
    }

    public function onMessageDone(): void
    {
        $this->em->clear();
    }
}

final class ImportShipmentHandler
{
    public function __construct(private readonly EntityManager $em)
    {
    }

    public function __invoke(array $message): void
    {
        if ($this->em->find(Shipment::class, $message['id']) !== null) {
            return;
        }
        $this->em->persist(new Shipment($message['id'], str_repeat($message['lane'], 60)));
    }
}

final class Worker
{
    public function __construct(private readonly ImportShipmentHandler $handler, private readonly EventDispatcher $dispatcher)
    {
    }

    public function run(int $count): void
    {
        for ($i = 0; $i < $count; $i++) {
            $message = ['id' => sprintf('SHP-%08d', $i), 'lane' => sprintf('%04d-', $i % 97)];
            try {
                ($this->handler)($message);
                $this->dispatcher->dispatch(new WorkerMessageHandledEvent($message));
            } catch (Throwable $e) {
                $this->dispatcher->dispatch(new WorkerMessageFailedEvent($message, $e));
            }
        }
    }
}

$em = new EntityManager();
$dispatcher = new EventDispatcher();
$dispatcher->addSubscriber(new ClearEntityManagerSubscriber($em));
(new Worker(new ImportShipmentHandler($em), $dispatcher))->run((int) (getenv('PHPLEAK_N') ?: 100));
