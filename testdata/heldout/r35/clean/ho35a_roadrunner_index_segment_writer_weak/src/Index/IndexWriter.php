<?php

namespace App\Index;

final class IndexWriter
{
    /** @var array<string, Segment> */
    private array $segments = [];

    private int $generation = 0;

    /**
     * @param class-string<Segment> $segmentClass
     * @param list<string> $storedFields
     */
    public function __construct(
        private readonly string $indexName,
        private readonly Analyzer $analyzer,
        private readonly array $storedFields,
        private readonly string $segmentClass = Segment::class,
        private readonly int $maxDocsPerSegment = 50,
    ) {
    }

    public function analyzer(): Analyzer
    {
        return $this->analyzer;
    }

    /** @return list<string> */
    public function storedFields(): array
    {
        return $this->storedFields;
    }

    public function addDocument(string $docId, array $fields): void
    {
        $this->current()->add($docId, $fields);
    }

    /** @return list<string> flushed segment files */
    public function commit(string $dir): array
    {
        $files = [];
        foreach ($this->segments as $segment) {
            $files[] = $segment->flushTo($dir);
        }

        return $files;
    }

    private function current(): Segment
    {
        $name = sprintf('%s_%d', $this->indexName, $this->generation);
        $segment = $this->segments[$name] ?? null;
        if ($segment === null || $segment->docCount() >= $this->maxDocsPerSegment) {
            $this->generation++;
            $name = sprintf('%s_%d', $this->indexName, $this->generation);
            $segment = $this->openSegment($name);
        }

        return $segment;
    }

    private function openSegment(string $name): Segment
    {
        $segment = new $this->segmentClass($this, $name);

        return $this->segments[$name] = $segment;
    }
}
