<?php

declare(strict_types=1);

namespace App\Serializer;

interface NormalizerInterface
{
    public function supports(object $object): bool;

    public function normalize(object $object, Serializer $serializer, array $context = []): array;
}

/**
 * Normalised arrays are reused when the same object is serialised twice in a
 * graph (an address shared by billing and shipping, a customer referenced by
 * several orders). Entries are keyed by the object itself so a recycled
 * object id never returns another object's payload.
 */
function normalization_memo(object $object, \Closure $compute): array
{
    static $memo = null;
    $memo ??= new \WeakMap();

    $entry = $memo[$object] ?? null;
    if ($entry !== null) {
        return $entry['data'];
    }

    $data = $compute($object);
    $memo[$object] = ['class' => $object::class, 'data' => $data];

    return $data;
}

final class Serializer
{
    /** @param list<NormalizerInterface> $normalizers */
    public function __construct(private readonly array $normalizers)
    {
    }

    public function normalize(mixed $value, array $context = []): mixed
    {
        if (is_array($value)) {
            return array_map(fn (mixed $v): mixed => $this->normalize($v, $context), $value);
        }
        if (!is_object($value)) {
            return $value;
        }
        foreach ($this->normalizers as $normalizer) {
            if ($normalizer->supports($value)) {
                return normalization_memo($value, fn (object $o): array => $normalizer->normalize($o, $this, $context));
            }
        }
        throw new \LogicException('No normalizer for ' . $value::class);
    }

    public function serialize(object $object, array $context = []): string
    {
        return json_encode($this->normalize($object, $context), JSON_THROW_ON_ERROR);
    }
}

final class PublicPropertiesNormalizer implements NormalizerInterface
{
    /** @param list<class-string> $classes */
    public function __construct(private readonly array $classes)
    {
    }

    public function supports(object $object): bool
    {
        return in_array($object::class, $this->classes, true);
    }

    public function normalize(object $object, Serializer $serializer, array $context = []): array
    {
        $data = [];
        foreach (get_object_vars($object) as $property => $value) {
            if (in_array($property, $context['ignored_attributes'] ?? [], true)) {
                continue;
            }
            $data[strtolower(preg_replace('/[A-Z]/', '_$0', $property))] = $serializer->normalize($value, $context);
        }

        return $data;
    }
}

namespace App\Crm;

use App\Serializer\Serializer;

final class Address
{
    public function __construct(
        public readonly string $street,
        public readonly string $postalCode,
        public readonly string $city,
        public readonly string $countryCode,
    ) {
    }
}

final class Customer
{
    public function __construct(
        public readonly int $id,
        public readonly string $displayName,
        public readonly string $email,
        public readonly Address $billingAddress,
        public readonly Address $shippingAddress,
        public readonly string $internalNotes = '',
    ) {
    }
}

final class ExportCustomer
{
    public function __construct(public readonly int $customerId, public readonly string $target)
    {
    }
}

final class CustomerRepository
{
    public function find(int $id): Customer
    {
        $home = new Address(($id % 300) . ' Keizersgracht', sprintf('10%02d AB', $id % 100), 'Amsterdam', 'NL');

        return new Customer($id, "Customer {$id} B.V.", "billing+{$id}@customer.example", $home, $id % 3 === 0 ? new Address('1 Dock Road', 'E16 1AH', 'London', 'GB') : $home, 'vip');
    }
}

final class ExportCustomerHandler
{
    public int $bytesPushed = 0;

    public function __construct(private readonly CustomerRepository $customers, private readonly Serializer $serializer)
    {
    }

    public function __invoke(ExportCustomer $message): void
    {
        $customer = $this->customers->find($message->customerId);
        $payload = $this->serializer->serialize($customer, ['ignored_attributes' => ['internalNotes']]);
        $this->bytesPushed += strlen($message->target) + strlen($payload);
    }
}

namespace App;

use App\Crm\Address;
use App\Crm\Customer;
use App\Crm\CustomerRepository;
use App\Crm\ExportCustomer;
use App\Crm\ExportCustomerHandler;
use App\Serializer\PublicPropertiesNormalizer;
use App\Serializer\Serializer;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$handler = new ExportCustomerHandler(
    new CustomerRepository(),
    new Serializer([new PublicPropertiesNormalizer([Customer::class, Address::class])]),
);

// Messenger consumer stand-in: the transport hands over one message at a time.
for ($i = 1; $i <= $n; $i++) {
    $handler(new ExportCustomer(90000 + $i, 'hubspot'));
}
