<?php
namespace App\Import;

/**
 * Reads a supplier CSV upload row by row. The header is parsed eagerly,
 * the body lazily, so a preview only pays for the rows it looks at.
 */
final class CsvBatchReader
{
    /** @var list<string> */
    private array $header;
    private \Generator $rows;

    public function __construct(private string $csv, private string $delimiter = ',')
    {
        $lines = preg_split('/\R/', trim($this->csv));
        $this->header = array_map('trim', str_getcsv((string) array_shift($lines), $this->delimiter));
        $this->rows = self::parse($lines, $this->header, $this->delimiter);
    }

    /** @return list<string> */
    public function header(): array
    {
        return $this->header;
    }

    /** @return \Generator<int, array<string, string>> */
    public function rows(): \Generator
    {
        return $this->rows;
    }

    /**
     * @param list<string> $lines
     * @param list<string> $header
     */
    private static function parse(array $lines, array $header, string $delimiter): \Generator
    {
        $width = count($header);
        foreach ($lines as $n => $line) {
            $fields = str_getcsv($line, $delimiter);
            if (count($fields) !== $width) {
                throw new InvalidRowException(sprintf('line %d has %d fields, expected %d', $n + 2, count($fields), $width));
            }
            yield $n => array_combine($header, $fields);
        }
    }
}

final class InvalidRowException extends \RuntimeException
{
}
