<?php

declare(strict_types=1);

namespace OrmLite;

final class EntityManager
{
    private UnitOfWork $unitOfWork;
    private int $flushedRows = 0;

    public function __construct(
        private readonly ClassMetadataFactory $metadataFactory,
        private readonly \Closure $writer,
    ) {
        $this->unitOfWork = new UnitOfWork($metadataFactory);
    }

    public function persist(object $entity): void
    {
        $this->unitOfWork->scheduleForInsert($entity);
    }

    public function getUnitOfWork(): UnitOfWork
    {
        return $this->unitOfWork;
    }

    public function flush(): void
    {
        foreach ($this->unitOfWork->takeInsertions() as $entity) {
            $meta = $this->metadataFactory->getMetadataFor($entity::class);
            ($this->writer)($meta->table, $meta->getIdentifierValue($entity));
            $this->flushedRows++;
        }
    }

    public function clear(): void
    {
        $this->unitOfWork->clear();
    }

    public function getFlushedRows(): int
    {
        return $this->flushedRows;
    }
}
