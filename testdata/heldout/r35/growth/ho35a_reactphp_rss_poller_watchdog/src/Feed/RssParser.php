<?php

namespace App\Feed;

final class RssParser
{
    /** @return list<array{title: string, link: string, guid: string}> */
    public function items(string $xml): array
    {
        preg_match_all('#<item><title>(.*?)</title><link>(.*?)</link><guid>(.*?)</guid></item>#', $xml, $m, PREG_SET_ORDER);

        return array_map(static fn (array $row) => ['title' => $row[1], 'link' => $row[2], 'guid' => $row[3]], $m);
    }
}
