<?php
// A checkout service drafts an order for each cart, moves it to pending payment, and registers a listener that sends the receipt for the drafted order once the payment gateway reports it as paid.

final class Cart
{
    public function __construct(public readonly string $customer, public readonly array $items) {}
}

final class Order
{
    /** @var array<string, list<Closure>> */
    private array $listeners = [];
    private string $status = 'draft';
    private array $history = [];

    public function __construct(
        private string $number,
        private string $customer,
        private array $lines,
    ) {}

    public function number(): string
    {
        return $this->number;
    }

    public function customer(): string
    {
        return $this->customer;
    }

    public function total(): int
    {
        return array_sum(array_map(static fn (array $l) => $l['price'] * $l['qty'], $this->lines));
    }

    public function withStatus(string $status): static
    {
        $clone = clone $this;
        $clone->history[] = $this->status . ' -> ' . $status;
        $clone->status = $status;
        return $clone;
    }

    public function on(string $event, Closure $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, array $payload = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($payload);
        }
    }
}

final class PaymentGateway
{
    public function charge(Order $order, string $token): void
    {
        $reference = 'ch_' . substr(hash('sha1', $order->number() . $token), 0, 24);
        $order->emit('paid', ['reference' => $reference, 'amount' => $order->total()]);
    }
}

final class ReceiptMailer
{
    public int $sent = 0;

    public function send(string $to, string $orderNumber, int $amount, string $reference): void
    {
        $body = sprintf("Thank you for your order %s.\nAmount charged: %.2f EUR\nPayment reference: %s\n", $orderNumber, $amount / 100, $reference);
        $this->sent += strlen($body) > 0 ? 1 : 0;
    }
}

final class CheckoutService
{
    private int $sequence = 0;

    public function __construct(private PaymentGateway $gateway, private ReceiptMailer $mailer) {}

    public function checkout(Cart $cart, string $paymentToken): string
    {
        $order = $this->draft($cart);
        $onPaid = function (array $payment) use ($order): void {
            $this->mailer->send($order->customer(), $order->number(), $payment['amount'], $payment['reference']);
        };
        $order = $order->withStatus('pending_payment');
        $order->on('paid', $onPaid);
        $this->gateway->charge($order, $paymentToken);
        return $order->number();
    }

    private function draft(Cart $cart): Order
    {
        $lines = [];
        foreach ($cart->items as $sku => [$qty, $price, $title]) {
            $lines[] = ['sku' => $sku, 'qty' => $qty, 'price' => $price, 'title' => $title];
        }
        return new Order(sprintf('ORD-%s-%05d', date('Ymd', 1700000000), ++$this->sequence), $cart->customer, $lines);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$container = [];
$container['checkout'] = new CheckoutService(new PaymentGateway(), new ReceiptMailer());
for ($i = 0; $i < $n; $i++) {
    $cart = new Cart("shopper{$i}@example.net", [
        'TSHIRT-M' => [2, 1999, 'Organic cotton T-shirt, size M, forest green'],
        'MUG-01' => [1, 1250, 'Stoneware mug with the company logo'],
        'STICKERS' => [3, 300, 'Holographic sticker pack (assorted designs)'],
    ]);
    $container['checkout']->checkout($cart, 'tok_' . md5((string) $i));
}
