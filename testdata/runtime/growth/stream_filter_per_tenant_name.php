<?php
// Each request registers a stream filter named after its tenant; PHP keeps every filter name for the life of the process.

final class TenantRedactFilter extends php_user_filter
{
    public function filter($in, $out, &$consumed, bool $closing): int
    {
        while ($bucket = stream_bucket_make_writeable($in)) {
            $consumed += $bucket->datalen;
            stream_bucket_append($out, $bucket);
        }
        return PSFS_PASS_ON;
    }
}

function export_for_tenant(string $tenant, string $rows): int
{
    $name = 'redact.' . $tenant;
    stream_filter_register($name, TenantRedactFilter::class); // leak
    $stream = fopen('php://memory', 'w+');
    stream_filter_append($stream, $name, STREAM_FILTER_WRITE);
    $written = fwrite($stream, $rows);
    fclose($stream);
    return $written;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    export_for_tenant("tenant-{$i}-" . str_repeat('x', 600), "id;amount\n{$i};10\n");
}
