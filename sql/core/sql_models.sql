-- sql_models: the SQL text hash each view under sql/ was last created from. Key: name.
create table if not exists sql_models (
    name varchar not null,
    sql_sha varchar not null
);
