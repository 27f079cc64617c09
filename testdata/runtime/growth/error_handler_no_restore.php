<?php
// An XML importer installs an error handler per document and never restores the previous one.

final class ImportErrors
{
    public array $messages = [];
}

function importDocument(string $xml, string $source): int
{
    $errors = new ImportErrors();
    $context = ['source' => $source, 'hint' => str_repeat('check the feed encoding ', 10)];
    set_error_handler(static function (int $no, string $str) use ($errors, $context): bool { // leak
        $errors->messages[] = $context['source'] . ': ' . $str;
        return true;
    });
    return substr_count($xml, '<item>');
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    importDocument('<feed><item>1</item><item>2</item></feed>', "feed-{$i}.xml");
}
