<?php
// A checkout worker creates a checkout process per cart, which wires its own event dispatcher to a receipt listener fired when the payment is captured.

namespace App\Checkout;

/**
 * Tiny event dispatcher, modelled after the usual symfony/event-dispatcher API.
 */
class EventDispatcher
{
    /** @var array<string, array<int, callable>> */
    private $listeners = array();

    /**
     * @param string   $eventName
     * @param callable $listener
     * @param int      $priority
     */
    public function addListener($eventName, $listener, $priority = 0)
    {
        $this->listeners[$eventName][$priority][] = $listener;
        krsort($this->listeners[$eventName]);
    }

    /**
     * @param object $event
     * @param string $eventName
     * @return object
     */
    public function dispatch($event, $eventName)
    {
        if (empty($this->listeners[$eventName])) {
            return $event;
        }
        foreach ($this->listeners[$eventName] as $listeners) {
            foreach ($listeners as $listener) {
                call_user_func($listener, $event, $eventName, $this);
            }
        }
        return $event;
    }

    public function hasListeners($eventName)
    {
        return !empty($this->listeners[$eventName]);
    }
}

class PaymentCaptured
{
    /** @var string */
    public $transactionId;
    /** @var int */
    public $amountCents;

    public function __construct($transactionId, $amountCents)
    {
        $this->transactionId = $transactionId;
        $this->amountCents = $amountCents;
    }
}

class Cart
{
    /** @var string */
    private $id;
    /** @var array */
    private $items = array();

    public function __construct($id)
    {
        $this->id = $id;
    }

    public function add($sku, $qty, $priceCents, $title)
    {
        $this->items[] = array('sku' => $sku, 'qty' => $qty, 'price' => $priceCents, 'title' => $title);
        return $this;
    }

    public function getId()
    {
        return $this->id;
    }

    public function getItems()
    {
        return $this->items;
    }

    public function totalCents()
    {
        $total = 0;
        foreach ($this->items as $item) {
            $total += $item['qty'] * $item['price'];
        }
        return $total;
    }
}

class FakeGateway
{
    private $sequence = 0;

    public function capture($amountCents, $reference)
    {
        $this->sequence++;
        return 'txn_' . $this->sequence . '_' . substr(md5($reference), 0, 12);
    }
}

class CheckoutState
{
    const STATE_NEW = 'new';
    const STATE_PAID = 'paid';

    /** @var string */
    public $status = self::STATE_NEW;
    /** @var array */
    public $receipt = array();
}

/**
 * Listener that turns a captured payment into a receipt on the shared checkout state.
 */
class ReceiptWriter
{
    /** @var Cart */
    private $cart;
    /** @var CheckoutState */
    private $state;

    public function __construct(Cart $cart, CheckoutState $state)
    {
        $this->cart = $cart;
        $this->state = $state;
    }

    public function __invoke(PaymentCaptured $event)
    {
        $this->state->status = CheckoutState::STATE_PAID;
        $this->state->receipt = array(
            'transaction' => $event->transactionId,
            'amount' => number_format($event->amountCents / 100, 2),
            'lines' => array_map(function ($item) {
                return sprintf('%s x%d', $item['title'], $item['qty']);
            }, $this->cart->getItems()),
        );
    }
}

class CheckoutProcess
{
    /** @var Cart */
    private $cart;
    /** @var FakeGateway */
    private $gateway;
    /** @var EventDispatcher */
    private $events;
    /** @var CheckoutState */
    private $state;

    public function __construct(Cart $cart, FakeGateway $gateway)
    {
        $this->cart = $cart;
        $this->gateway = $gateway;
        $this->state = new CheckoutState();
        $this->events = new EventDispatcher();
        $this->events->addListener('payment.captured', new ReceiptWriter($cart, $this->state), 10);
    }

    public function complete()
    {
        $amount = $this->cart->totalCents();
        $txn = $this->gateway->capture($amount, $this->cart->getId());
        $this->events->dispatch(new PaymentCaptured($txn, $amount), 'payment.captured');

        return $this->state->status === CheckoutState::STATE_PAID;
    }

    public function getReceipt()
    {
        return $this->state->receipt;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$gateway = new FakeGateway();
$paid = 0;
for ($i = 0; $i < $n; $i++) {
    $cart = new Cart('cart-' . $i);
    $cart->add('TSHIRT-' . ($i % 7), 2, 1499, 'Organic cotton t-shirt, size ' . ($i % 5))
        ->add('MUG-01', 1, 899, 'Enamel camping mug with a very long marketing name ' . str_repeat('x', 80));
    $process = new CheckoutProcess($cart, $gateway);
    if ($process->complete()) {
        $paid++;
    }
}
