<?php
// A stock ticker tracks its observers in a WeakMap; each observer keeps the ticker.

final class StockTicker
{
    private WeakMap $observers;
    private float $price = 100.0;

    public function __construct(public readonly string $symbol)
    {
        $this->observers = new WeakMap();
    }

    public function subscribe(PriceAlert $alert): void
    {
        $this->observers[$alert] = true;
    }

    public function tick(float $price): void
    {
        $this->price = $price;
        foreach ($this->observers as $alert => $_) {
            $alert->check($price);
        }
    }
}

final class PriceAlert
{
    public array $fired = [];

    public function __construct(private StockTicker $ticker, private float $limit, private string $email)
    {
        $ticker->subscribe($this);
    }

    public function check(float $price): void
    {
        if ($price > $this->limit) {
            $this->fired[] = sprintf('%s above %.2f, mail %s', $this->ticker->symbol, $this->limit, $this->email);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $ticker = new StockTicker('ACME');
    $alert = new PriceAlert($ticker, 101.0, "trader{$i}@" . str_repeat('desk', 30) . '.test');
    $ticker->tick(102.5);
}
unset($ticker, $alert);
