<?php
// A rule-engine job loads products one by one, marks them for an explicit dirty check, flushes and detaches them, but a flush that finds no change returns early and leaves each product in UnitOfWork::$scheduledForDirtyCheck.
// https://github.com/akeneo/pim-community-dev/pull/3928

final class Product
{
    public function __construct(public readonly int $id, public string $identifier, public array $values) {}
}

final class UnitOfWork
{
    private array $identityMap = [];
    private array $originalEntityData = [];
    private array $scheduledForDirtyCheck = [];
    private array $entityChangeSets = [];

    public function registerManaged(Product $product): void
    {
        $this->identityMap[Product::class][$product->id] = $product;
        $this->originalEntityData[spl_object_id($product)] = $product->values;
    }

    public function scheduleForDirtyCheck(Product $product): void
    {
        $this->scheduledForDirtyCheck[Product::class][spl_object_id($product)] = $product; // leak
    }

    public function commit(): void
    {
        foreach ($this->identityMap as $class => $entities) {
            foreach ($entities as $entity) {
                $oid = spl_object_id($entity);
                if (!isset($this->scheduledForDirtyCheck[$class][$oid])) {
                    continue; // DEFERRED_EXPLICIT: only entities explicitly scheduled are compared
                }
                if ($entity->values !== $this->originalEntityData[$oid]) {
                    $this->entityChangeSets[$oid] = [$this->originalEntityData[$oid], $entity->values];
                }
            }
        }
        if ($this->entityChangeSets === []) {
            return; // nothing to write
        }
        foreach ($this->entityChangeSets as $oid => [, $new]) {
            $this->originalEntityData[$oid] = $new;
        }
        $this->entityChangeSets = [];
        $this->scheduledForDirtyCheck = [];
    }

    public function detach(Product $product): void
    {
        unset($this->identityMap[Product::class][$product->id], $this->originalEntityData[spl_object_id($product)]);
    }
}

final class ObjectDetacher
{
    public function __construct(private UnitOfWork $uow) {}

    public function detach(Product $product): void
    {
        $this->uow->detach($product);
    }
}

final class ProductRepository
{
    public function __construct(private UnitOfWork $uow) {}

    public function find(int $id): Product
    {
        $values = [];
        foreach (['name', 'description', 'color', 'size', 'material', 'ean'] as $code) {
            $values[$code] = ['<all_channels>' => ['en_US' => "$code value for product $id", 'fr_FR' => "valeur $code $id"]];
        }
        $values['color']['<all_channels>']['en_US'] = 'red';
        $product = new Product($id, sprintf('PROD-%06d', $id), $values);
        $this->uow->registerManaged($product);
        return $product;
    }
}

final class ApplyRuleJob
{
    public function __construct(private ProductRepository $repo, private UnitOfWork $uow, private ObjectDetacher $detacher) {}

    public function run(int $productId): void
    {
        $product = $this->repo->find($productId);
        if ($product->values['color']['<all_channels>']['en_US'] !== 'red') {
            $product->values['color']['<all_channels>']['en_US'] = 'red';
        }
        $this->uow->scheduleForDirtyCheck($product);
        $this->uow->commit();
        $this->detacher->detach($product);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$uow = new UnitOfWork();
$job = new ApplyRuleJob(new ProductRepository($uow), $uow, new ObjectDetacher($uow));
for ($i = 1; $i <= $n; $i++) {
    $job->run($i);
}
