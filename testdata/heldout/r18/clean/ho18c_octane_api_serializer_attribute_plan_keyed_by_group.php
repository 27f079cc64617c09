<?php

declare(strict_types=1);

namespace App\Api\Serializer;

#[\Attribute(\Attribute::TARGET_PROPERTY)]
final class Groups
{
    /** @param list<string> $groups */
    public function __construct(public readonly array $groups) {}
}

final class ProductResource
{
    public function __construct(
        #[Groups(['product:read'])] public readonly int $id,
        #[Groups(['product:read'])] public readonly string $sku,
        #[Groups(['product:read'])] public readonly string $displayName,
        #[Groups(['product:read'])] public readonly int $priceCents,
        #[Groups(['product:admin'])] public readonly int $stockLevel,
        #[Groups(['product:admin'])] public readonly string $supplierCode,
    ) {}
}

final class ClassMetadataFactory
{
    /** @var array<class-string, array<string, list<string>>> */
    private array $loaded = [];

    /** @return array<string, list<string>> property name => groups */
    public function propertyGroups(string $class): array
    {
        if (isset($this->loaded[$class])) {
            return $this->loaded[$class];
        }
        $groups = [];
        foreach ((new \ReflectionClass($class))->getProperties() as $property) {
            foreach ($property->getAttributes(Groups::class) as $attribute) {
                $groups[$property->getName()] = $attribute->newInstance()->groups;
            }
        }

        return $this->loaded[$class] = $groups;
    }
}

final class SnakeCaseNameConverter
{
    public function normalize(string $name): string
    {
        return strtolower((string) preg_replace('/[A-Z]/', '_$0', lcfirst($name)));
    }
}

final class ObjectNormalizer
{
    private const KNOWN_GROUPS = ['product:read', 'product:admin', 'product:list'];

    /** @var array<string, list<array{property: string, serialized: string, groups: list<string>}>> */
    private array $attributePlans = [];

    public function __construct(
        private readonly ClassMetadataFactory $metadata,
        private readonly SnakeCaseNameConverter $names,
    ) {}

    public function normalize(object $object, array $context): array
    {
        $data = [];
        foreach ($this->plan($object::class, $context) as $attribute) {
            $data[$attribute['serialized']] = $object->{$attribute['property']};
        }

        return $data;
    }

    private function plan(string $class, array $context): array
    {
        $key = $this->cacheKey($class, $context);
        if (isset($this->attributePlans[$key])) {
            return $this->attributePlans[$key];
        }

        $plan = [];
        foreach ($this->metadata->propertyGroups($class) as $property => $groups) {
            if (array_intersect($groups, $context['groups'] ?? []) === []) {
                continue;
            }
            $plan[] = ['property' => $property, 'serialized' => $this->names->normalize($property), 'groups' => $groups];
        }

        return $this->attributePlans[$key] = $plan;
    }

    private function cacheKey(string $class, array $context): string
    {
        $groups = array_filter(
            $context['groups'] ?? [],
            static fn (string $group): bool => \in_array($group, self::KNOWN_GROUPS, true),
        );
        sort($groups);

        return $class . '-' . implode(',', $groups);
    }
}

final class Serializer
{
    public function __construct(private readonly ObjectNormalizer $normalizer) {}

    public function serialize(object $data, array $context = []): string
    {
        return json_encode($this->normalizer->normalize($data, $context), JSON_THROW_ON_ERROR);
    }
}

final class Request
{
    public function __construct(
        public readonly string $uri,
        public readonly array $query,
        public readonly array $attributes,
    ) {}
}

final class ProductController
{
    public function __construct(private readonly Serializer $serializer) {}

    public function show(Request $request): string
    {
        $id = (int) $request->attributes['id'];
        $product = new ProductResource($id, sprintf('SKU-%06d', $id), 'Desk lamp ' . $id, 4900 + $id % 300, $id % 40, 'SUP-' . ($id % 17));

        return $this->serializer->serialize($product, [
            'groups' => isset($request->query['admin']) ? ['product:read', 'product:admin'] : ['product:read'],
            'request_uri' => $request->uri,
            'json_encode_options' => JSON_THROW_ON_ERROR,
        ]);
    }
}

final class Application
{
    /** @var array<string, object> */
    private array $instances = [];

    public function singleton(string $id, \Closure $factory): void
    {
        $this->instances[$id] = $factory($this);
    }

    public function make(string $id): object
    {
        return $this->instances[$id];
    }
}

$app = new Application();
$app->singleton(Serializer::class, static fn (): Serializer => new Serializer(new ObjectNormalizer(new ClassMetadataFactory(), new SnakeCaseNameConverter())));
$app->singleton(ProductController::class, static fn (Application $app): ProductController => new ProductController($app->make(Serializer::class)));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $id = 1000 + $i;
    $query = $i % 3 === 0 ? ['admin' => '1'] : [];
    $request = new Request('/api/products/' . $id . ($query ? '?admin=1' : ''), $query, ['id' => (string) $id]);
    $app->make(ProductController::class)->show($request);
}
