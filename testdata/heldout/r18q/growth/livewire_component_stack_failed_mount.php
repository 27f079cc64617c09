<?php
// Modelled on livewire/livewire https://github.com/livewire/livewire/pull/9763: HandleComponents::mount() pushed the component onto the static $componentStack and only popped it on success, so every mount that threw (abort(403) in mount()) stayed on the stack for the life of the Octane worker
declare(strict_types=1);

namespace Livewire;

final class EventBus
{
    private array $listeners = [];

    public function on(string $name, callable $callback): void
    {
        $this->listeners[$name][] = $callback;
    }

    public function trigger(string $name, ...$params): callable
    {
        foreach ($this->listeners[$name] ?? [] as $callback) {
            $callback(...$params);
        }

        return static fn ($html, ...$extras) => $html;
    }
}

function app(string $abstract): object
{
    static $instances = [];

    return $instances[$abstract] ??= new $abstract();
}

function on($name, $callback) {
    app(EventBus::class)->on($name, $callback);
}

function trigger($name, ...$params) {
    return app(EventBus::class)->trigger($name, ...$params);
}

abstract class Component
{
    private string $id;

    public function __construct()
    {
        $this->id = bin2hex(random_bytes(10));
    }

    public function getId(): string
    {
        return $this->id;
    }

    abstract public function render(): string;
}

namespace Livewire\Mechanisms\HandleComponents;

use Livewire\Component;
use function Livewire\trigger;

final class ComponentContext
{
    public array $effects = [];

    public function __construct(public Component $component, public bool $mounting = false)
    {
    }
}

class HandleComponents
{
    public static $renderStack = [];
    public static $componentStack = [];

    public function mount($name, $params = [], $key = null)
    {
        $parent = end(static::$componentStack) ?: null;

        $component = new $name();

        $this->pushOntoComponentStack($component);

        $context = new ComponentContext($component, mounting: true);

        $finish = trigger('mount', $component, $params, $key, $parent);

        $html = $this->render($component, '<div></div>');

        trigger('dehydrate', $component, $context);

        $snapshot = json_encode(['data' => get_object_vars($component), 'memo' => ['id' => $component->getId(), 'name' => $name]]);

        $html = str_replace('<div', '<div wire:snapshot="' . htmlspecialchars($snapshot) . '"', $html);

        $this->popOffComponentStack();

        return $finish($html, $snapshot);
    }

    protected function render($component, $default = null)
    {
        array_push(static::$renderStack, $component);
        $html = $component->render() ?: $default;
        array_pop(static::$renderStack);

        return $html;
    }

    protected function pushOntoComponentStack($component)
    {
        array_push($this::$componentStack, $component); // leak
    }

    protected function popOffComponentStack()
    {
        array_pop($this::$componentStack);
    }
}

namespace App\Livewire;

use Livewire\Component;

final class HttpException extends \RuntimeException
{
}

final class EditInvoice extends Component
{
    public array $invoice = [];
    public array $lines = [];

    public function mount(int $invoiceId, int $userId): void
    {
        $this->invoice = ['id' => $invoiceId, 'owner' => $invoiceId % 5, 'notes' => str_repeat('net 30; ', 30)];
        $this->lines = array_map(fn (int $l) => ['sku' => "SKU-{$invoiceId}-{$l}", 'qty' => $l], range(1, 6));
        if ($this->invoice['owner'] !== $userId % 5) {
            throw new HttpException('This action is unauthorized.', 403); // abort(403)
        }
    }

    public function render(): string
    {
        return '<div>' . count($this->lines) . ' lines</div>';
    }
}

namespace App;

use App\Livewire\EditInvoice;
use App\Livewire\HttpException;
use Livewire\Mechanisms\HandleComponents\HandleComponents;
use function Livewire\{on, trigger};

// SupportLifecycleHooks: call the component's mount() with the matching params.
on('mount', static function ($component, array $params): void {
    $component->mount(...$params);
});

// Octane worker: users open invoice edit pages from an e-mail digest whose links point at invoices they may not edit.
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new HandleComponents();
for ($i = 0; $i < $n; $i++) {
    trigger('flush-state'); // Octane's PrepareLivewireForNextOperation listener
    try {
        $html = $handler->mount(EditInvoice::class, ['invoiceId' => $i, 'userId' => $i + 1]);
    } catch (HttpException $e) {
        $html = '<h1>403</h1>';
    }
    unset($e);
}
