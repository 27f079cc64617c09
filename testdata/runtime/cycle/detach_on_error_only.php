<?php
// A checkout saga detaches its steps on failure; on success they stay linked to the saga.

final class SagaStep
{
    public ?CheckoutSaga $saga = null;

    public function __construct(public readonly string $name, public string $log = '') {}

    public function execute(array $cart): void
    {
        if ($cart['total'] < 0) {
            throw new DomainException('negative total');
        }
        $this->log .= $this->name . ':' . json_encode($cart) . ';';
    }
}

final class CheckoutSaga
{
    /** @var SagaStep[] */
    private array $steps = [];

    public function add(SagaStep $step): void
    {
        $step->saga = $this; // leak
        $this->steps[] = $step; // leak
    }

    public function run(array $cart): bool
    {
        try {
            foreach ($this->steps as $step) {
                $step->execute($cart);
            }
            return true;
        } catch (DomainException) {
            foreach ($this->steps as $step) {
                $step->saga = null;
            }
            $this->steps = [];
            return false;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $saga = new CheckoutSaga();
    $saga->add(new SagaStep('reserve'));
    $saga->add(new SagaStep('charge'));
    $saga->run(['id' => $i, 'total' => 4200, 'items' => array_fill(0, 4, 'sku-' . $i)]);
}
unset($saga);
