<?php

declare(strict_types=1);

namespace App\Messenger\Serializer;

interface NormalizerInterface
{
    public function normalize(object $object, array $context = []): array;
}

final class CircularReferenceException extends \RuntimeException
{
}

final class Money
{
    public function __construct(public readonly int $amount, public readonly string $currency)
    {
    }
}

final class Customer
{
    public function __construct(
        public readonly string $id,
        public readonly string $email,
        public readonly string $displayName,
    ) {
    }
}

final class OrderLine
{
    public function __construct(public readonly string $sku, public readonly int $quantity, public readonly Money $price)
    {
    }
}

final class OrderPlaced
{
    /** @param list<OrderLine> $lines */
    public function __construct(
        public readonly string $orderId,
        public readonly Customer $customer,
        public readonly array $lines,
        public readonly \DateTimeImmutable $placedAt,
        public readonly string $notes,
    ) {
    }
}

final class ObjectNormalizer implements NormalizerInterface
{
    /** @var array<string, object> objects on the current normalization path, for the circular reference guard */
    private array $path = [];

    /** @var array<class-string, list<string>> */
    private array $attributeCache = [];

    public function normalize(object $object, array $context = []): array
    {
        $hash = spl_object_hash($object);
        if (isset($this->path[$hash])) {
            throw new CircularReferenceException(sprintf(
                'A circular reference has been detected when serializing an object of class "%s".',
                $object::class,
            ));
        }

        $this->path[$hash] = $object; // leak

        $data = [];
        foreach ($this->attributesOf($object) as $attribute) {
            $data[$attribute] = $this->normalizeValue($object->{$attribute}, $context);
        }

        return $data;
    }

    private function normalizeValue(mixed $value, array $context): mixed
    {
        return match (true) {
            $value instanceof \DateTimeInterface => $value->format($context['datetime_format'] ?? \DATE_ATOM),
            is_object($value) => $this->normalize($value, $context),
            is_array($value) => array_map(fn (mixed $item): mixed => $this->normalizeValue($item, $context), $value),
            default => $value,
        };
    }

    /** @return list<string> */
    private function attributesOf(object $object): array
    {
        return $this->attributeCache[$object::class] ??= array_keys(get_object_vars($object));
    }
}

final class Envelope
{
    public function __construct(public readonly object $message, public readonly array $stamps = [])
    {
    }
}

final class JsonSerializer
{
    public function __construct(private readonly NormalizerInterface $normalizer)
    {
    }

    /** @return array{body: string, headers: array<string, string>} */
    public function encode(Envelope $envelope): array
    {
        $body = json_encode($this->normalizer->normalize($envelope->message), \JSON_THROW_ON_ERROR);

        return ['body' => $body, 'headers' => ['type' => $envelope->message::class]];
    }
}

final class OutboxTransport
{
    private int $sent = 0;

    public function __construct(private readonly JsonSerializer $serializer)
    {
    }

    public function send(Envelope $envelope): void
    {
        $encoded = $this->serializer->encode($envelope);
        // The broker client would publish here; only the size is kept for metrics.
        $this->sent += strlen($encoded['body']);
    }
}

final class PlaceOrderHandler
{
    public function __construct(private readonly OutboxTransport $outbox)
    {
    }

    public function __invoke(array $command): void
    {
        $lines = [];
        foreach ($command['items'] as $sku => $qty) {
            $lines[] = new OrderLine($sku, $qty, new Money(1999 * $qty, 'EUR'));
        }

        $event = new OrderPlaced(
            $command['order_id'],
            new Customer($command['customer_id'], $command['email'], $command['name']),
            $lines,
            new \DateTimeImmutable('@' . $command['ts']),
            str_repeat('Leave at the back door. ', 6),
        );

        $this->outbox->send(new Envelope($event));
    }
}

final class ConsumeMessagesWorker
{
    public function __construct(private readonly PlaceOrderHandler $handler)
    {
    }

    public function run(int $limit): void
    {
        for ($i = 0; $i < $limit; $i++) {
            ($this->handler)([
                'order_id' => sprintf('ord_%08d', $i),
                'customer_id' => sprintf('cus_%06d', $i % 977),
                'email' => "buyer{$i}@example.test",
                'name' => "Buyer {$i}",
                'ts' => 1700000000 + $i,
                'items' => ['SKU-A' . ($i % 5) => 1 + $i % 3, 'SKU-B' . ($i % 7) => 2],
            ]);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new ConsumeMessagesWorker(new PlaceOrderHandler(new OutboxTransport(new JsonSerializer(new ObjectNormalizer()))));
$worker->run($n);
