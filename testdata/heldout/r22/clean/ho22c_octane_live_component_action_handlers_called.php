<?php

declare(strict_types=1);

namespace App\Live;

abstract class Component
{
    /** @var array<string, list<\Closure>> */
    private array $actions = [];

    public function __construct(
        public readonly string $id,
        protected array $state,
    ) {
    }

    public function listen(string $action, \Closure $handler): void
    {
        $this->actions[$action][] = $handler;
    }

    public function dispatch(string $action, array $payload): void
    {
        foreach ($this->actions[$action] ?? [] as $handler) {
            $handler->call($this, $payload);
        }
    }

    public function snapshot(): array
    {
        return ['id' => $this->id, 'class' => static::class, 'state' => $this->state];
    }

    abstract public function render(): string;
}

final class CartComponent extends Component
{
    public function render(): string
    {
        $rows = '';
        foreach ($this->state['items'] as $sku => $qty) {
            $rows .= sprintf('<li data-sku="%s">%s &times; %d</li>', htmlspecialchars($sku), htmlspecialchars($sku), $qty);
        }

        return sprintf('<div wire:id="%s"><ul>%s</ul><span>%d items</span></div>', $this->id, $rows, array_sum($this->state['items']));
    }
}

final class ActionRegistry
{
    /** @var array<class-string<Component>, array<string, list<\Closure>>> */
    private array $handlers = [];

    public function define(string $component, string $action, \Closure $handler): void
    {
        $this->handlers[$component][$action][] = $handler;
    }

    public function wire(Component $component): Component
    {
        foreach ($this->handlers[$component::class] ?? [] as $action => $handlers) {
            foreach ($handlers as $handler) {
                $component->listen($action, $handler);
            }
        }

        return $component;
    }
}

final class CartServiceProvider
{
    public function boot(ActionRegistry $actions): void
    {
        $actions->define(CartComponent::class, 'add', function (array $payload): void {
            $this->state['items'][$payload['sku']] = ($this->state['items'][$payload['sku']] ?? 0) + $payload['qty'];
        });
        $actions->define(CartComponent::class, 'remove', function (array $payload): void {
            unset($this->state['items'][$payload['sku']]);
        });
        $actions->define(CartComponent::class, 'add', function (array $payload): void {
            $this->state['last_added_at'] = $payload['at'];
        });
    }
}

final class ComponentManager
{
    public function __construct(private readonly ActionRegistry $actions)
    {
    }

    public function hydrate(array $snapshot): Component
    {
        $class = $snapshot['class'];

        return $this->actions->wire(new $class($snapshot['id'], $snapshot['state']));
    }
}

final class LiveUpdateController
{
    public function __construct(private readonly ComponentManager $components)
    {
    }

    public function __invoke(array $request): array
    {
        $component = $this->components->hydrate(json_decode($request['snapshot'], true, 512, JSON_THROW_ON_ERROR));
        foreach ($request['calls'] as $call) {
            $component->dispatch($call['method'], $call['params']);
        }

        return ['snapshot' => json_encode($component->snapshot()), 'html' => $component->render()];
    }
}

$registry = new ActionRegistry();
(new CartServiceProvider())->boot($registry);
$controller = new LiveUpdateController(new ComponentManager($registry));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $response = $controller([
        'snapshot' => json_encode([
            'id' => 'cart-' . bin2hex(random_bytes(6)),
            'class' => CartComponent::class,
            'state' => ['items' => ['SKU-' . ($i % 13) => 1, 'SKU-GIFT' => 2]],
        ]),
        'calls' => [
            ['method' => 'add', 'params' => ['sku' => 'SKU-' . $i, 'qty' => 1 + $i % 3, 'at' => 1700000000 + $i]],
            ['method' => 'remove', 'params' => ['sku' => 'SKU-GIFT']],
        ],
    ]);
}
