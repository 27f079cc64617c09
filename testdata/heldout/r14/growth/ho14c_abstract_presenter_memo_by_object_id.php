<?php
declare(strict_types=1);

// Swoole HTTP server rendering a basket. Presenters share a memo in their
// abstract base class, keyed by spl_object_id() of the value being presented.
// To "make sure the id cannot be reused" the entry also keeps the object.

final class Money
{
    public function __construct(public readonly int $amount, public readonly string $currency)
    {
    }
}

abstract class AbstractPresenter
{
    /** @var array<int, array{0: object, 1: string}> */
    protected static array $rendered = [];

    abstract protected function render(object $subject): string;

    public function present(object $subject): string
    {
        $id = spl_object_id($subject);
        if (isset(static::$rendered[$id]) && static::$rendered[$id][0] === $subject) {
            return static::$rendered[$id][1];
        }

        $html = $this->render($subject);
        static::$rendered[$id] = [$subject, $html]; // leak

        return $html;
    }
}

final class MoneyPresenter extends AbstractPresenter
{
    protected function render(object $subject): string
    {
        assert($subject instanceof Money);
        return sprintf(
            '<span class="price" data-currency="%s">%s&nbsp;%s</span>',
            $subject->currency,
            number_format($subject->amount / 100, 2, ',', '.'),
            $subject->currency
        );
    }
}

final class SwooleServerStub
{
    /** @var array<string, \Closure> */
    private array $handlers = [];

    public function on(string $event, \Closure $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function dispatch(string $event, array $request): void
    {
        ($this->handlers[$event])($request, new stdClass());
    }
}

$presenter = new MoneyPresenter();
$server = new SwooleServerStub();
$server->on('request', static function (array $request, object $response) use ($presenter): void {
    $prices = [];
    $sum = 0;
    foreach ($request['basket'] as $cents) {
        $price = new Money($cents, 'EUR');
        $sum += $cents;
        $prices[] = $presenter->present($price);
    }
    $prices[] = $presenter->present(new Money($sum, 'EUR'));
    $response->body = implode("\n", $prices);
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->dispatch('request', ['basket' => [1999 + $i, 450, 12_00 + $i % 13]]);
}
