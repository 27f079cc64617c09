<?php
// An LDAP user sync background job walks every directory entry through the LDAP User Manager, which caches created users by DN and by uid in capped memory caches.
// https://github.com/owncloud/core/pull/25323

final class LdapUser
{
    public array $groups = [];

    public function __construct(
        public readonly string $uid,
        public readonly string $dn,
        public string $displayName,
        public string $email,
        public int $quota,
    ) {}
}

final class Access
{
    public function readAttributes(string $dn): array
    {
        $cn = substr($dn, 3, strpos($dn, ',') - 3);
        return [
            'displayname' => ucwords(str_replace('.', ' ', $cn)),
            'mail' => $cn . '@corp.example.org',
            'quota' => 10 * 1024 * 1024 * 1024,
            'memberof' => ["cn=staff,ou=groups,dc=corp,dc=example,dc=org", "cn=team-" . crc32($cn) % 40 . ",ou=groups,dc=corp,dc=example,dc=org"],
        ];
    }
}

final class CappedMemoryCache implements ArrayAccess
{
    private array $cache = [];

    public function __construct(private int $capacity = 64) {}

    public function offsetExists(mixed $key): bool
    {
        return isset($this->cache[$key]);
    }

    public function offsetGet(mixed $key): mixed
    {
        return $this->cache[$key] ?? null;
    }

    public function offsetSet(mixed $key, mixed $value): void
    {
        $this->cache[$key] = $value;
        while (count($this->cache) > $this->capacity) {
            unset($this->cache[array_key_first($this->cache)]);
        }
    }

    public function offsetUnset(mixed $key): void
    {
        unset($this->cache[$key]);
    }
}

final class Manager
{
    protected CappedMemoryCache $usersByDN;
    protected CappedMemoryCache $usersByUid;

    public function __construct(private Access $access)
    {
        $this->usersByDN = new CappedMemoryCache();
        $this->usersByUid = new CappedMemoryCache();
    }

    public function get(string $id): LdapUser
    {
        return $this->usersByUid[$id] ?? $this->usersByDN[$id] ?? $this->createAndCache($id);
    }

    private function createAndCache(string $dn): LdapUser
    {
        $attributes = $this->access->readAttributes($dn);
        $uid = 'ldap-' . substr(sha1($dn), 0, 16);
        $user = new LdapUser($uid, $dn, $attributes['displayname'], $attributes['mail'], $attributes['quota']);
        $user->groups = $attributes['memberof'];
        $this->usersByDN[$dn] = $user;
        $this->usersByUid[$uid] = $user;
        return $user;
    }
}

final class SyncJob
{
    public int $updated = 0;

    public function __construct(private Manager $manager) {}

    public function syncEntry(string $dn): void
    {
        $user = $this->manager->get($dn);
        if ($user->email !== '') {
            $this->updated++;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$job = new SyncJob(new Manager(new Access()));
for ($i = 0; $i < $n; $i++) {
    $job->syncEntry(sprintf('cn=user.%06d,ou=people,ou=berlin,dc=corp,dc=example,dc=org', $i));
}
