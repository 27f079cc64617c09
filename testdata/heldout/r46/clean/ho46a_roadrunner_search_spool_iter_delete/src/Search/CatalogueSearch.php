<?php

namespace App\Search;

final class CatalogueSearch
{
    private const STOPWORDS = ['the', 'a', 'an', 'of', 'and', 'in', 'on'];

    /** @return list<string> */
    public function tokenize(string $q): array
    {
        $tokens = preg_split('/[^\p{L}\p{N}]+/u', strtolower($q), -1, PREG_SPLIT_NO_EMPTY) ?: [];

        return array_values(array_diff($tokens, self::STOPWORDS));
    }

    /** @param list<string> $tokens */
    public function compile(array $tokens, string $branch, string $format): string
    {
        $match = implode(' ', array_map(static fn (string $t): string => '+' . $t . '*', $tokens));

        return 'SELECT b.id, b.title, b.author, b.isbn, h.branch, h.status, h.call_number'
            . ' FROM bibliographic b JOIN holdings h ON h.bib_id = b.id'
            . " WHERE MATCH(b.title, b.author, b.subjects, b.series) AGAINST ('" . $match . "' IN BOOLEAN MODE)"
            . ($branch !== 'any' ? " AND h.branch = '" . $branch . "'" : '')
            . ($format !== 'any' ? " AND b.format = '" . $format . "'" : '')
            . ' AND h.status IN (\'available\', \'on_shelf\', \'in_transit\', \'on_hold_shelf\')'
            . ' ORDER BY MATCH(b.title) AGAINST (\'' . $match . '\') DESC, b.pub_year DESC LIMIT 25'
            . ' /* ' . str_repeat(md5($match . $branch), 8) . ' */';
    }

    /** @return list<array{title: string}> */
    public function run(string $sql): array
    {
        return [['title' => 'result for ' . substr(md5($sql), 0, 8)]];
    }
}
