<?php
// A renderer keeps the components being rendered on a static stack, so a
// nested one can find its parent. The dashboard renders the widgets its
// configuration lists and shows an upsell when one throws Forbidden; the
// pop after render() is skipped then, and the component stays on the
// stack for the life of the worker.

final class Forbidden extends RuntimeException
{
}

abstract class Component
{
    public function __construct(public readonly string $id, protected readonly array $user)
    {
    }

    abstract public function render(): string;
}

final class Banner extends Component
{
    public function render(): string
    {
        return '<h1>Hello ' . $this->user['name'] . '</h1>';
    }
}

final class Invoices extends Component
{
    public function render(): string
    {
        if ($this->user['plan'] !== 'pro') {
            throw new Forbidden('Invoices need a paid plan.');
        }

        return '<table></table>';
    }
}

final class Renderer
{
    /** @var list<Component> */
    private static array $stack = [];

    public function mount(string $class, array $user): string
    {
        $component = new $class($class . '-' . $user['id'], $user);
        self::$stack[] = $component; // leak
        $html = $component->render();
        array_pop(self::$stack);

        return $html;
    }
}

final class Dashboard
{
    public function __construct(private Renderer $renderer, private array $widgets)
    {
    }

    public function show(array $user): string
    {
        $html = '';
        foreach ($this->widgets as $class) {
            try {
                $html .= $this->renderer->mount($class, $user);
            } catch (Forbidden $e) {
                $html .= '<div class="upsell">' . $e->getMessage() . '</div>';
            }
        }

        return $html;
    }
}

$config = ['widgets' => [Banner::class, Invoices::class]];
$dashboard = new Dashboard(new Renderer(), $config['widgets']);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $dashboard->show(['id' => 9000 + $i, 'name' => 'Customer ' . $i . str_repeat(' GmbH', 40), 'plan' => 'free']);
}
