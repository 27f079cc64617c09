<?php
// Presenters share a memo in their abstract base, keyed by the object id
// of what they present. An entry holds a weak reference and the view the
// abstract render() is declared to return, an object that keeps what it
// renders: no presented object is ever freed, no id comes back, and the
// memo grows by one entry per request.

final class Money
{
    public function __construct(public readonly int $amount, public readonly string $currency)
    {
    }
}

abstract class Presenter
{
    /** @var array<int, array{0: WeakReference, 1: object}> */
    protected static array $rendered = [];

    abstract protected function render(object $subject): object;

    public function present(object $subject): object
    {
        $id = spl_object_id($subject);
        if (isset(static::$rendered[$id]) && static::$rendered[$id][0]->get() === $subject) {
            return static::$rendered[$id][1];
        }
        $html = $this->render($subject);
        static::$rendered[$id] = [WeakReference::create($subject), $html]; // leak
        return $html;
    }
}

final class MoneyPresenter extends Presenter
{
    protected function render(object $subject): object
    {
        return new ArrayObject(['subject' => $subject, 'html' => sprintf('<span data-currency="%s">%s</span>%s', $subject->currency, number_format($subject->amount / 100, 2), str_repeat(' ', 600))]);
    }
}

$handle = static function (MoneyPresenter $presenter, int $i): void {
    $presenter->present(new Money(1000 + $i, 'EUR')); // gone when the request ends
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$presenter = new MoneyPresenter();
for ($i = 0; $i < $n; $i++) {
    $handle($presenter, $i);
}
