// Runs after the generated project built: its bundle must be one Chorus can install from dropins/.
import java.util.jar.JarFile

// basedir is this IT's folder; the archetype generates into project/<artifactId>
def jar = new File(basedir, 'project/acme-forum-connector/target/acme-forum-connector-1.0.0-SNAPSHOT.jar')
assert jar.isFile() : "the generated project built no bundle at ${jar}"
new JarFile(jar).withCloseable { bundle ->
    def manifest = bundle.manifest.mainAttributes
    def component = manifest.getValue('Service-Component')
    assert component : 'the bundle declares no DS component (Service-Component)'
    assert bundle.getEntry(component) : "the DS component XML ${component} is missing"
    def metatype = bundle.entries().toList().findAll { it.name.startsWith('OSGI-INF/metatype/') && it.name.endsWith('.xml') }
    assert metatype : 'the bundle has no metatype XML for the settings form'
    def xml = bundle.getInputStream(metatype[0]).text
    assert xml.contains('type="Password"') : 'the API key is not a PASSWORD attribute'
    assert xml.contains('<Designate pid="com.example.chorus.acmeforum.settings">') : 'the settings OCD is not designated'
    // Chorus provides the connector SPI, the OSGi framework and the JDK: nothing else may be imported
    def imports = (manifest.getValue('Import-Package') ?: '').split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
            .collect { it.split(';')[0].trim() }.findAll { it }
    def foreign = imports.findAll { !(it == 'io.chorus.source.api' || it.startsWith('org.osgi.') || it.startsWith('java.')) }
    assert !foreign : "the bundle imports ${foreign}, which Chorus does not provide"
    assert !manifest.getValue('Export-Package') : 'a connector bundle exports nothing'
    println "verified ${jar.name}: component ${component}, imports ${imports}"
}
return true
