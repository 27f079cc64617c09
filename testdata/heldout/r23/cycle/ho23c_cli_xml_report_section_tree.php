<?php

declare(strict_types=1);

/*
 * Report generator daemon: pulls GenerateReport jobs, builds an XML document
 * model per report, serializes it and hands the bytes to the storage gateway.
 */

abstract class ReportNode
{
    private ?ReportNode $parent = null;
    private NodeCollection $children;

    public function __construct(
        protected readonly string $tag,
        protected array $attributes = [],
    ) {
        $this->children = new NodeCollection();
    }

    public function append(ReportNode ...$nodes): static
    {
        foreach ($nodes as $node) {
            $this->children->add($node, $this);
        }

        return $this;
    }

    public function setParent(ReportNode $parent): void
    {
        $this->parent = $parent; // leak
    }

    public function getParent(): ?ReportNode
    {
        return $this->parent;
    }

    public function depth(): int
    {
        return $this->parent === null ? 0 : $this->parent->depth() + 1;
    }

    /** @return \Generator<int, string> */
    public function render(): \Generator
    {
        $indent = str_repeat('  ', $this->depth());
        $attrs = '';
        foreach ($this->attributes as $name => $value) {
            $attrs .= sprintf(' %s="%s"', $name, htmlspecialchars((string) $value, ENT_XML1));
        }

        if (count($this->children) === 0) {
            yield "{$indent}<{$this->tag}{$attrs}>" . htmlspecialchars($this->text(), ENT_XML1) . "</{$this->tag}>\n";
            return;
        }

        yield "{$indent}<{$this->tag}{$attrs}>\n";
        foreach ($this->children as $child) {
            yield from $child->render();
        }
        yield "{$indent}</{$this->tag}>\n";
    }

    protected function text(): string
    {
        return '';
    }
}

final class NodeCollection implements \IteratorAggregate, \Countable
{
    /** @var list<ReportNode> */
    private array $items = [];

    public function add(ReportNode $child, ReportNode $parent): void
    {
        $child->setParent($parent); // leak
        $this->items[] = $child; // leak
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->items);
    }

    public function count(): int
    {
        return count($this->items);
    }
}

final class ReportDocument extends ReportNode
{
}

final class SectionNode extends ReportNode
{
}

final class MetricNode extends ReportNode
{
    public function __construct(string $name, private readonly string $value, array $attributes = [])
    {
        parent::__construct('metric', ['name' => $name] + $attributes);
    }

    protected function text(): string
    {
        return $this->value;
    }
}

final class GenerateReport
{
    public function __construct(
        public readonly int $reportId,
        public readonly string $tenant,
        public readonly string $period,
        public readonly array $figures,
    ) {
    }
}

final class ReportBuilder
{
    public function build(GenerateReport $job): ReportDocument
    {
        $doc = new ReportDocument('report', [
            'id' => $job->reportId,
            'tenant' => $job->tenant,
            'period' => $job->period,
        ]);

        $summary = new SectionNode('section', ['kind' => 'summary']);
        foreach ($job->figures as $name => $value) {
            $summary->append(new MetricNode($name, $value, ['unit' => 'EUR']));
        }

        return $doc->append($summary);
    }
}

final class ReportStorage
{
    private int $bytes = 0;
    private int $documents = 0;

    public function put(string $key, string $xml): void
    {
        $this->bytes += strlen($xml);
        $this->documents++;
    }
}

final class ReportWorker
{
    public function __construct(
        private readonly ReportBuilder $builder,
        private readonly ReportStorage $storage,
    ) {
    }

    public function handle(GenerateReport $job): void
    {
        $document = $this->builder->build($job);

        $xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        foreach ($document->render() as $chunk) {
            $xml .= $chunk;
        }

        $this->storage->put(sprintf('reports/%s/%s/%d.xml', $job->tenant, $job->period, $job->reportId), $xml);
    }
}

$worker = new ReportWorker(new ReportBuilder(), new ReportStorage());
$tenants = ['acme', 'globex', 'initech'];

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new GenerateReport(
        90000 + $i,
        $tenants[$i % 3],
        sprintf('2024-%02d', 1 + $i % 12),
        [
            'revenue' => number_format(10000 + $i * 17.5, 2, '.', ''),
            'refunds' => number_format(100 + $i * 0.75, 2, '.', ''),
            'net' => number_format(9900 + $i * 16.75, 2, '.', ''),
        ],
    ));
}
